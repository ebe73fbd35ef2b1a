using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// GET /api/v1/indicators/service-index (INDICATORS-766.md, API): the Decision 766 index of a unit in the officer's
/// scope and of the units under it — one union of their facts, never an average of their scores — for a period that
/// is over or running (not after today), computed with the shipped indicator table and the unit's working calendar.
/// </summary>
public sealed class ComputeServiceIndex(
    MotCuaDbContext db, DossierPermissions permissions, IndexFactsSource facts, CalendarSource calendars, IndicatorTable table, TimeProvider clock)
{
    public async Task<Outcome<ServiceIndexReport>> HandleAsync(ServiceIndexQuery query, CancellationToken ct)
    {
        var period = DossierPeriod.Parse(query.From, query.To);
        if (period.Failed)
        {
            return period.Error!;
        }

        var (from, to) = period.Value;
        if (to > DossierPeriod.Today(clock))
        {
            return Error.Validation("to", new("Ngày kết thúc không được sau ngày hôm nay: chỉ số chỉ tính cho kỳ đã qua hoặc đang diễn ra.", "to must not be after today: the index is computed for a past or running period."));
        }

        var found = await permissions.FindUnitInScopeAsync(query.UnitCode, ct);
        if (found.Failed)
        {
            return found.Error!;
        }

        var unit = found.Value;
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var calendar = await calendars.ForUnitAsync(unit.Id, ct);
        var (start, end) = DossierPeriod.Instants(from, to);
        var unitFacts = await facts.LoadAsync([.. UnitLookup.SelfAndDescendants(unit.Id, units)], start, end, calendar, ct);
        var result = ServiceIndex.Compute(table, unitFacts, ReportingPeriod.Days(from, to), calendar);
        return new ServiceIndexReport(
            unit.Code, unit.Name, from, to, clock.GetUtcNow().ToOffset(WorkingCalendar.VietnamOffset), table.Version,
            result.Total, result.Maximum, result.ScaledTotal, result.Rating is { } rating ? Text.Pick(rating.Vi, rating.En) : null, result.NoData,
            [.. result.Groups.Select(Group)]);
    }

    private static IndicatorGroupFigures Group(GroupResult group) => new(
        group.Group.Id, Text.Pick(group.Group.Vi, group.Group.En), group.Points, group.Group.Maximum, group.MaximumWithData,
        [.. group.Indicators.Select(i => new IndicatorFigures(
            i.Indicator.Id, Text.Pick(i.Indicator.Vi, i.Indicator.En), i.Indicator.Measure, i.Fraction.Numerator, i.Fraction.Denominator,
            i.Value, i.Indicator.Threshold, i.Points, i.Indicator.Maximum, i.NoData))]);
}
