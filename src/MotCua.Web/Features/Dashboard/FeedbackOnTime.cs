using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Indicators;

namespace MotCua.Web.Features.Dashboard;

/// <summary>
/// Feedback handled on time (INDICATORS-766.md 5.2, seed 000 task 09) for a period, read from the feedback and its
/// events — not a daily flow, so not in the aggregates. Loaded once for a set of units, then judged for any subset.
/// </summary>
public sealed class FeedbackOnTime(MotCuaDbContext db, CalendarSource calendars, IndicatorTable table)
{
    /// <summary>The share for any subset of <paramref name="unitIds"/> over [<paramref name="from"/>, <paramref name="to"/>], in <paramref name="calendarUnit"/>'s calendar.</summary>
    public async Task<Func<IReadOnlySet<Guid>, Fraction>> LoadAsync(IReadOnlyCollection<Guid> unitIds, Guid calendarUnit, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (_, end) = DossierPeriod.Instants(from, to);
        var facts = (await FeedbackFactsReader.ReadAsync(db, unitIds, end, ct)).Select(f => (f.Item.UnitId, f.Facts)).ToList();
        var context = new IndicatorContext(ReportingPeriod.Days(from, to), await calendars.ForUnitAsync(calendarUnit, ct), table.Parameters);
        return units => SatisfactionFormulas.FeedbackOnTime(new IndexFacts { Feedback = [.. facts.Where(f => units.Contains(f.UnitId)).Select(f => f.Facts)] }, context);
    }
}
