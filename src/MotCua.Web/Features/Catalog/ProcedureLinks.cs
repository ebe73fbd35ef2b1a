using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

/// <summary>Which of <c>units</c> resolved which procedures on a day: today's links, or the spans that covered a past day.</summary>
public sealed class ProcedureLinks(MotCuaDbContext db, TimeProvider clock)
{
    public async Task<ILookup<Guid, Guid>> OnAsync(DateOnly day, IReadOnlyCollection<Guid> units, CancellationToken ct)
    {
        if (day >= DossierPeriod.Today(clock))
        {
            return (await db.Set<ProcedureUnit>().AsNoTracking().Where(l => units.Contains(l.UnitId)).Select(l => new { l.ProcedureId, l.UnitId }).ToListAsync(ct))
                .ToLookup(l => l.ProcedureId, l => l.UnitId);
        }

        return (await db.ProcedureUnitSpans.AsNoTracking()
                .Where(s => units.Contains(s.UnitId) && s.ValidFrom <= day && (s.ValidTo == null || day < s.ValidTo))
                .Select(s => new { s.ProcedureId, s.UnitId }).ToListAsync(ct))
            .ToLookup(l => l.ProcedureId, l => l.UnitId);
    }
}
