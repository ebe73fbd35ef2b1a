using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Aggregates;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dashboard;

/// <summary>
/// Reads the daily aggregates: the sums of a period per unit (each unit's own counts, to be rolled up the tree by
/// the caller) — O(units × days) rows, never the dossiers.
/// </summary>
public sealed class AggregateTotals(MotCuaDbContext db)
{
    /// <summary>The totals of each of <paramref name="unitIds"/> over [<paramref name="from"/>, <paramref name="to"/>], per-officer measures left out.</summary>
    public async Task<Dictionary<Guid, MeasureTotals>> PerUnitAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.DailyAggregates.AsNoTracking()
            .Where(a => a.Day >= from && a.Day <= to && a.Officer == "" && unitIds.Contains(a.UnitId))
            .GroupBy(a => new { a.UnitId, a.Measure })
            .Select(g => new { g.Key.UnitId, g.Key.Measure, Count = g.Sum(a => a.Count) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => MeasureTotals.Sum(g.Select(r => (r.Measure, r.Count))));
    }

    /// <summary>The totals of all of <paramref name="unitIds"/> together.</summary>
    public async Task<MeasureTotals> OfAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to, CancellationToken ct) =>
        Together((await PerUnitAsync(unitIds, from, to, ct)).Values);

    /// <summary>Several units' totals added up.</summary>
    public static MeasureTotals Together(IEnumerable<MeasureTotals> totals) =>
        MeasureTotals.Sum(totals.SelectMany(t => Enum.GetValues<DailyMeasure>().Select(m => (m, t[m]))));
}
