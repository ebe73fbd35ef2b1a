using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MotCua.Web.Common.Integrity;

/// <summary>
/// The one canonical form of a chained record: every mapped field (so a field added later is covered without being
/// listed) by name in ordinal order, one <c>name=value</c> line each, then the previous record's hash; hashed with
/// SHA-256. Values are written as both providers give them back: instants in whole microseconds (PostgreSQL keeps no
/// more), texts as JSON strings, enumerations by name.
/// </summary>
public static class RecordHash
{
    public static string Of(EntityEntry record, string previous) =>
        Of(record.Properties.Select(p => (p.Metadata.Name, p.CurrentValue)), previous);

    /// <summary>The hash of a record no context tracks (a bulk writer's), its fields read through the model as an entry reads them.</summary>
    public static string Of(IEntityType type, object record, string previous) =>
        Of(type.GetProperties().Where(p => p.Name != ChainedLog.HashProperty).Select(p => (p.Name, p.IsShadowProperty()
            ? throw new InvalidOperationException($"{type.DisplayName()}.{p.Name} is a shadow property, which an untracked record does not hold.")
            : p.GetGetter().GetClrValue(record))), previous);

    private static string Of(IEnumerable<(string Name, object? Value)> fields, string previous)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in fields.Where(f => f.Name != ChainedLog.HashProperty).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            text.Append(name).Append('=').Append(Format(value)).Append('\n');
        }

        text.Append("previous=").Append(previous);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        DateTimeOffset at => (at.UtcTicks / 10).ToString(CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"A chained record holds a {value.GetType().Name}, which has no canonical form."),
    };
}
