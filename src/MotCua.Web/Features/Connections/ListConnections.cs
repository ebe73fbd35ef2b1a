using Microsoft.EntityFrameworkCore;
using MotCua.Web.Connections;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Connections;

/// <summary>Every registered outside system with its settings, its queue and what the journal last noted of it.</summary>
public sealed class ListConnections(IEnumerable<IConnection> connections, MotCuaDbContext db)
{
    public async Task<IReadOnlyList<ConnectionInfo>> HandleAsync(CancellationToken ct)
    {
        var health = await db.ConnectionHealth.AsNoTracking().ToDictionaryAsync(h => h.Key, ct);
        var list = new List<ConnectionInfo>();
        foreach (var connection in connections.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var noted = health.GetValueOrDefault(connection.Key);
            list.Add(new ConnectionInfo(connection.Key, connection.Title.ToString(), connection.Mode, connection.IsOffline, connection.Settings,
                await connection.QueueLengthAsync(db, ct), noted?.LastSuccessAt, noted?.LastFailureAt, noted?.LastFailure));
        }

        return list;
    }
}
