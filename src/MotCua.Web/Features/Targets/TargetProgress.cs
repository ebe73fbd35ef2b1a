using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Aggregates;
using MotCua.Domain.Indicators;
using MotCua.Domain.Indicators.Targets;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Dashboard;
using MotCua.Web.Features.Organization;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Targets;

public sealed record ProgressQuery(string? UnitCode, int? Year, int? Quarter);

/// <summary>A unit of the target's group: its actual value since 1 January and its light against the quarter's minimum.</summary>
public sealed record UnitProgress(string UnitCode, string UnitName, decimal? Actual, string Light, string LightName);

/// <summary>
/// One target against the data: the roadmap (the four quarterly minimums), the actual value of the whole group at the
/// end of each quarter so far (since 1 January), the chosen quarter's minimum and light, and every unit of the group
/// with the units that miss the minimum. <see cref="DataSource"/> false: MotCua records nothing to compute it from.
/// </summary>
public sealed record TargetProgressView(
    TargetView Target, bool DataSource, string? NoSource, IReadOnlyList<decimal?> RoadmapActuals, decimal Minimum, decimal? Actual, string Light, string LightName,
    IReadOnlyList<UnitProgress> Units, IReadOnlyList<UnitProgress> Missing);

public sealed record TargetsProgress(string UnitCode, string UnitName, int Year, int Quarter, DateOnly AsOf, IReadOnlyList<TargetProgressView> Targets);

/// <summary>GET /api/v1/targets/progress?unitCode=&amp;year=&amp;quarter=: actual vs target, read from the daily aggregates.</summary>
public sealed class TargetProgress(MotCuaDbContext db, OrganizationHistory history, DossierPermissions permissions, AggregateTotals aggregates, FeedbackOnTime feedback, TimeProvider clock)
{
    public async Task<Outcome<TargetsProgress>> HandleAsync(ProgressQuery query, CancellationToken ct)
    {
        var today = DossierPeriod.Today(clock);
        var errors = new Dictionary<string, Text[]>();
        // A year not begun yet is shown with its roadmap and no figures: targets are entered ahead.
        if (query.Year is not (>= CreatePlan.MinYear and <= CreatePlan.MaxYear))
        {
            errors["year"] = [new Text("Năm phải từ {0} đến {1}.", "year must be between {0} and {1}.").Format(CreatePlan.MinYear, CreatePlan.MaxYear)];
        }

        if (query.Quarter is not (>= 1 and <= 4))
        {
            errors["quarter"] = [new("Quý phải từ 1 đến 4.", "quarter must be 1 to 4.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var found = await permissions.FindUnitInScopeAsync(query.UnitCode, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var unit = found.Value;
        var units = await history.ForPeriodAsync(new DateOnly(query.Year!.Value, 12, 31), ct);
        var below = UnitLookup.SelfAndDescendants(unit.Id, units);
        var ids = below.ToList();
        var targets = await ListTargets.LoadAsync(db, unit.Id, query.Year, ct);

        // Each quarter's figures since 1 January, per unit rolled up over its own descendants; quarters not begun yet have none.
        // A division's are the district's dossiers its officers handle, apart from the roll-up, where the district counts them.
        var start = new DateOnly(query.Year!.Value, 1, 1);
        var divisionTallies = await aggregates.PerDivisionAsync(
            [.. units.Where(u => below.Contains(u.Id) && u.Kind == UnitKind.Division)], new[] { start.AddYears(1).AddDays(-1), today }.Min(), ct);
        var perQuarter = new List<QuarterFigures?>();
        foreach (var q in Enumerable.Range(1, 4))
        {
            var last = start.AddMonths(3 * q).AddDays(-1);
            var end = last < today ? last : today;
            if (start.AddMonths(3 * (q - 1)) > today)
            {
                perQuarter.Add(null);
                continue;
            }

            var own = await aggregates.PerUnitAsync(ids, start, end, ct);
            var divisions = divisionTallies.Totals(start, end);
            perQuarter.Add(new QuarterFigures(
                units.Where(u => below.Contains(u.Id)).ToDictionary(u => u.Id, u => divisions.TryGetValue(u.Id, out var handled) ? handled
                    : AggregateTotals.Together(UnitLookup.SelfAndDescendants(u.Id, units).Select(d => own.GetValueOrDefault(d, MeasureTotals.Empty)))),
                await feedback.LoadAsync(ids, unit.Id, start, end, ct)));
        }

        var quarter = query.Quarter!.Value;
        var chosen = perQuarter[quarter - 1];
        var asOf = start.AddMonths(3 * quarter).AddDays(-1) is var quarterEnd && quarterEnd < today ? quarterEnd : today;
        return new TargetsProgress(unit.Code, unit.Name, query.Year.Value, quarter, asOf, [.. targets.Select(t => View(t, quarter, units, below, perQuarter, chosen))]);
    }

    private static TargetProgressView View(KpiTarget target, int quarter, IReadOnlyList<Unit> units, HashSet<Guid> below, List<QuarterFigures?> perQuarter, QuarterFigures? chosen)
    {
        var group = units.Where(u => below.Contains(u.Id) && target.AppliesTo.Contains(u.Kind) && u.IsActive).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var hasSource = TargetActuals.HasSource(target.Indicator);
        decimal? Actual(QuarterFigures? figures, IReadOnlyCollection<Unit> of) => figures is null ? null : TargetActuals.Percent(TargetActuals.Of(
            target.Indicator,
            AggregateTotals.Together(of.Select(u => figures.Totals.GetValueOrDefault(u.Id, MeasureTotals.Empty))),
            figures.FeedbackOnTime(of.SelectMany(u => UnitLookup.SelfAndDescendants(u.Id, units)).ToHashSet())));
        var minimum = target.Minimum(quarter);
        UnitProgress Row(Unit u)
        {
            var a = Actual(chosen, [u]);
            var l = TargetLights.Of(a, minimum);
            return new UnitProgress(u.Code, u.Name, a, l.ToString(), TargetLabels.Light(l));
        }

        var rows = group.Select(Row).ToList();
        var actual = Actual(chosen, group);
        var light = TargetLights.Of(actual, minimum);
        return new TargetProgressView(
            TargetView.Of(target), hasSource, hasSource ? null : TargetLabels.NoSource,
            [.. perQuarter.Select(q => Actual(q, group))], minimum, actual, light.ToString(), TargetLabels.Light(light),
            rows, [.. rows.Where(r => r.Light is nameof(TargetLight.Near) or nameof(TargetLight.Missed))]);
    }

    /// <summary>A quarter's figures since 1 January: each unit's aggregates rolled up, and feedback on time for any set of units.</summary>
    private sealed record QuarterFigures(Dictionary<Guid, MeasureTotals> Totals, Func<IReadOnlySet<Guid>, Fraction> FeedbackOnTime);
}
