using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Indicators;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Indicators;

/// <summary>The index of a unit for a period as computed, with the facts it was computed from: the figures and the records behind them come from one computation.</summary>
public sealed record ComputedIndex(Unit Unit, DateOnly From, DateOnly To, IndexFacts Facts, ServiceIndexResult Result);

/// <summary>
/// Computes the Decision 766 index of a unit and the units under it — one union of their facts, never an average of
/// their scores — for a period that is over or running (not after today), with the indicator table in force at the
/// period's start and the unit's working calendar.
/// </summary>
public sealed class RunServiceIndex(OrganizationHistory history, IndexFactsSource facts, CalendarSource calendars, IndicatorTables tables, TimeProvider clock)
{
    /// <summary>Both dates real and in order, and the last not after today.</summary>
    public Outcome<(DateOnly From, DateOnly To)> Period(string? from, string? to)
    {
        var period = DossierPeriod.Parse(from, to);
        if (period.Failed)
        {
            return period.Error;
        }

        return period.Value.To > DossierPeriod.Today(clock)
            ? Error.Validation("to", new("Ngày kết thúc không được sau ngày hôm nay: chỉ số chỉ tính cho kỳ đã qua hoặc đang diễn ra.", "to must not be after today: the index is computed for a past or running period."))
            : period.Value;
    }

    /// <summary>The officer's unit by its code (one outside his scope is unknown) for a valid period.</summary>
    public async Task<Outcome<ComputedIndex>> InScopeAsync(DossierPermissions permissions, string? unitCode, string? from, string? to, CancellationToken ct)
    {
        var period = Period(from, to);
        if (period.Failed)
        {
            return period.Error;
        }

        var found = await permissions.FindUnitInScopeAsync(unitCode, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var units = await history.ForPeriodAsync(period.Value.To, ct);
        var then = OrganizationHistory.InPeriod(units, found.Value.Id);
        if (then.Failed)
        {
            return then.Error;
        }

        return await ComputeAsync(then.Value, await permissions.SubtreeAsync(found.Value.Id, units, ct), period.Value.From, period.Value.To, ct);
    }

    /// <summary>The index of <paramref name="unit"/> over the units of its subtree to count, for a period already checked.</summary>
    public async Task<ComputedIndex> ComputeAsync(Unit unit, IReadOnlyCollection<Guid> subtree, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var calendar = await calendars.ForUnitAsync(unit.Id, ct);
        var (start, end) = DossierPeriod.Instants(from, to);
        var unitFacts = await facts.LoadAsync([.. subtree], start, end, calendar, ct);
        var table = await tables.InForceAsync(from, ct);
        return new ComputedIndex(unit, from, to, unitFacts, ServiceIndex.Compute(table, unitFacts, ReportingPeriod.Days(from, to), calendar));
    }
}
