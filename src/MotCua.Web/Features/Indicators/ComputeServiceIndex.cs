using MotCua.Domain.Calendar;
using MotCua.Domain.Indicators;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// GET /api/v1/indicators/service-index (INDICATORS-766.md, API): the Decision 766 index of a unit in the officer's
/// scope and of the units under it, for a period that is over or running (<see cref="RunServiceIndex"/>).
/// </summary>
public sealed class ComputeServiceIndex(RunServiceIndex run, DossierPermissions permissions, TimeProvider clock)
{
    public async Task<Outcome<ServiceIndexReport>> HandleAsync(ServiceIndexQuery query, CancellationToken ct)
    {
        var computed = await run.InScopeAsync(permissions, query.UnitCode, query.From, query.To, ct);
        return computed.Failed ? computed.Error : Report(computed.Value, clock);
    }

    private static ServiceIndexReport Report(ComputedIndex computed, TimeProvider clock)
    {
        var result = computed.Result;
        return new ServiceIndexReport(
            computed.Unit.Code, computed.Unit.Name, computed.From, computed.To, clock.GetUtcNow().ToOffset(WorkingCalendar.VietnamOffset), result.Table.Version,
            result.Total, result.Maximum, result.ScaledTotal, result.Rating is { } rating ? Text.Pick(rating.Vi, rating.En) : null, result.NoData,
            [.. result.Groups.Select(Group)]);
    }

    private static IndicatorGroupFigures Group(GroupResult group) => new(
        group.Group.Id, Text.Pick(group.Group.Vi, group.Group.En), group.Points, group.Group.Maximum, group.MaximumWithData,
        [.. group.Indicators.Select(i => new IndicatorFigures(
            i.Indicator.Id, Text.Pick(i.Indicator.Vi, i.Indicator.En), i.Indicator.Measure, i.Fraction.Numerator, i.Fraction.Denominator,
            i.Value, i.Indicator.Threshold, i.Points, i.Indicator.Maximum, i.NoData,
            i.Fraction.Subjects.Count(s => !s.InNumerator)))]);
}
