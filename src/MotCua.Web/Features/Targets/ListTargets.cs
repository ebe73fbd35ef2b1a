using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Indicators.Targets;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Targets;

public sealed record TargetQuery(string? UnitCode, int? Year);

public sealed record TargetView(
    Guid Id, string Task, string Indicator, string Name, IReadOnlyList<string> AppliesTo, string Lead, string Coordinating,
    decimal Annual, IReadOnlyList<decimal> Quarters, string? Note, bool HasDataSource)
{
    public static TargetView Of(KpiTarget t) => new(
        t.Id, t.Task, t.Indicator.ToString(), TargetLabels.Name(t.Indicator), [.. t.AppliesTo.Select(k => k.ToString())], t.Lead, t.Coordinating,
        t.Annual, [t.Q1, t.Q2, t.Q3, t.Q4], t.Note, TargetActuals.HasSource(t.Indicator));
}

/// <summary>GET /api/v1/targets?unitCode=&amp;year=: a unit's targets of a year, in the plan's order.</summary>
public sealed class ListTargets(MotCuaDbContext db, DossierPermissions permissions)
{
    public async Task<Outcome<IReadOnlyList<TargetView>>> HandleAsync(TargetQuery query, CancellationToken ct)
    {
        var found = await permissions.FindUnitInScopeAsync(query.UnitCode, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var targets = await LoadAsync(db, found.Value.Id, query.Year, ct);
        return targets.Select(TargetView.Of).ToList();
    }

    public static async Task<List<KpiTarget>> LoadAsync(MotCuaDbContext db, Guid unitId, int? year, CancellationToken ct) =>
        [.. (await db.KpiTargets.AsNoTracking().Where(t => t.UnitId == unitId && t.Year == year).ToListAsync(ct)).OrderBy(t => t.Task, StringComparer.Ordinal).ThenBy(t => t.AppliesTo.Min()).ThenBy(t => t.Indicator)];
}
