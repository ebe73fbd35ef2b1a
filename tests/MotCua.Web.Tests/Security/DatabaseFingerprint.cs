using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Security;

/// <summary>
/// The row count of every table of the model, in one query: what a refused request must leave as it found it. Cheap
/// enough to take after each of a thousand requests; an update in place goes unseen, but every write of the
/// application appends (a revision, an event, an outbox message) as well.
/// </summary>
public static class DatabaseFingerprint
{
    public static async Task<IReadOnlyDictionary<string, long>> TakeAsync(MotCuaApp app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return tables.Select((table, i) => (table, reader.GetInt64(i))).ToDictionary();
    }

    /// <summary>The tables whose count differs.</summary>
    public static IEnumerable<string> Changed(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Where(t => before.GetValueOrDefault(t.Key) != t.Value).Select(t => $"{t.Key} {before.GetValueOrDefault(t.Key)}→{t.Value}");
}
