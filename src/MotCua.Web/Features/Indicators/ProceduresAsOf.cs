using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// The procedures as the catalog stood at an instant: one changed since is read back from its last revision before it
/// (the revision keeps the whole content), so recomputing a past period after an amendment gives the figures it gave.
/// Only the procedures changed since are rebuilt; the others are the rows as they are.
/// </summary>
public sealed class ProceduresAsOf(MotCuaDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, Procedure>> ReadAsync(IReadOnlyDictionary<Guid, Procedure> current, DateTimeOffset instant, CancellationToken ct)
    {
        var ids = current.Keys.ToList();
        var changed = await db.ProcedureRevisions.AsNoTracking().Where(r => ids.Contains(r.ProcedureId) && r.At >= instant).Select(r => r.ProcedureId).Distinct().ToListAsync(ct);
        if (changed.Count == 0)
        {
            return current;
        }

        var before = (await db.ProcedureRevisions.AsNoTracking().Where(r => changed.Contains(r.ProcedureId) && r.At < instant).ToListAsync(ct))
            .GroupBy(r => r.ProcedureId).Select(g => g.MaxBy(r => r.Version)!);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var asOf = current.ToDictionary();
        foreach (var revision in before)
        {
            var past = new Procedure { Id = revision.ProcedureId, Code = current[revision.ProcedureId].Code, Name = string.Empty, Field = string.Empty };
            ProcedureInputMapping.WriteOnto(JsonSerializer.Deserialize<ProcedureInput>(revision.Snapshot, ApiSetup.Json)!, past, units);
            past.Status = revision.Kind switch
            {
                ProcedureChangeKind.Abolished => ProcedureStatus.Abolished,
                ProcedureChangeKind.Replaced => ProcedureStatus.Replaced,
                _ => ProcedureStatus.Active,
            };
            asOf[revision.ProcedureId] = past;
        }

        return asOf;
    }
}
