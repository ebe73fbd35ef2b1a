using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MotCua.Web.Common.Integrity;

/// <summary>
/// The one canonical form of a chained record: every mapped field (so a field added later is covered without being
/// listed) by name in ordinal order, one <c>name=value</c> line each, then the previous record's hash; hashed with
/// SHA-256. Values are written as both providers give them back: instants in whole microseconds (PostgreSQL keeps no
/// more), texts as JSON strings, enumerations by name.
/// </summary>
public static class RecordHash
{
    public static string Of(EntityEntry record, string previous)
    {
        var text = new StringBuilder();
        foreach (var property in record.Properties.Where(p => p.Metadata.Name != ChainedLog.HashProperty).OrderBy(p => p.Metadata.Name, StringComparer.Ordinal))
        {
            text.Append(property.Metadata.Name).Append('=').Append(Format(property.CurrentValue)).Append('\n');
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
