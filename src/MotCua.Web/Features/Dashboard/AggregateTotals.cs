using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Aggregates;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
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

    /// <summary>
    /// What the <paramref name="divisions"/> did of the dossiers received up to <paramref name="to"/>: a division
    /// receives no dossier of its own, its district's are booked to the district (and counted there), so a division's
    /// share is the district's dossiers assigned to its officers. An officer who holds roles in several divisions counts
    /// in the first by code, so that no dossier counts in two. Read from each dossier's stored tally, not the dossiers' events.
    /// </summary>
    public async Task<DivisionTallies> PerDivisionAsync(IReadOnlyCollection<Unit> divisions, DateOnly to, CancellationToken ct)
    {
        var ids = divisions.Select(d => d.Id).ToList();
        var codes = divisions.ToDictionary(d => d.Id, d => d.Code);
        var grants = await db.Officers.AsNoTracking()
            .SelectMany(o => o.Roles, (o, r) => new { o.UserName, r.UnitId }).Where(g => ids.Contains(g.UnitId)).ToListAsync(ct);
        var divisionOf = grants.GroupBy(g => g.UserName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.UnitId).MinBy(u => codes[u], StringComparer.Ordinal), StringComparer.Ordinal);
        var names = divisionOf.Keys.ToList();
        var districts = divisions.Where(d => d.ParentId is not null).Select(d => d.ParentId!.Value).Distinct().ToList();
        var end = DossierPeriod.Instants(to, to).End;
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => districts.Contains(d.UnitId) && d.ReceivedAt < end && d.AssignedTo != null && names.Contains(d.AssignedTo))
            .Join(db.DossierTallies, d => d.Id, t => t.DossierId, (d, t) => new { d.UnitId, d.AssignedTo, t.Counts })
            .ToListAsync(ct);
        var parents = divisions.ToDictionary(d => d.Id, d => d.ParentId);
        return new([.. rows.Where(r => parents[divisionOf[r.AssignedTo!]] == r.UnitId)
            .SelectMany(r => DailyCount.Parse(r.Counts).Where(c => c.Officer.Length == 0).Select(c => (divisionOf[r.AssignedTo!], c)))]);
    }

    /// <summary>Several units' totals added up.</summary>
    public static MeasureTotals Together(IEnumerable<MeasureTotals> totals) =>
        MeasureTotals.Sum(totals.SelectMany(t => Enum.GetValues<DailyMeasure>().Select(m => (m, t[m]))));
}

/// <summary>Each division's daily counts (<see cref="AggregateTotals.PerDivisionAsync"/>), to be summed over any period.</summary>
public sealed record DivisionTallies(IReadOnlyList<(Guid Division, DailyCount Count)> Counts)
{
    /// <summary>Each division's totals over [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public Dictionary<Guid, MeasureTotals> Totals(DateOnly from, DateOnly to) => Counts.Where(c => c.Count.Day >= from && c.Count.Day <= to)
        .GroupBy(c => c.Division).ToDictionary(g => g.Key, g => MeasureTotals.Sum(g.Select(c => (c.Count.Measure, 1))));
}
