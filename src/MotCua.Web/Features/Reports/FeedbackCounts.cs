using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Indicators;

namespace MotCua.Web.Features.Reports;

/// <summary>The feedback form's counts: each feedback of the units judged by the index's limits (5.2), in the reporting unit's calendar.</summary>
public sealed class FeedbackCounts(MotCuaDbContext db, CalendarSource calendars, IndicatorTable table) : IUnitCounts
{
    public FormContent Content => FormContent.Feedback;

    public async Task<Func<IReadOnlySet<Guid>, Measures>> LoadAsync(ReportSubject subject, IReadOnlyCollection<Guid> units, CancellationToken ct)
    {
        var facts = (await FeedbackFactsReader.ReadAsync(db, units, subject.Instants.To, ct))
            .Select(f => (f.Item.UnitId, f.Facts, Entered: f.Item.EnteredBy is not null)).ToList();
        var context = new IndicatorContext(subject.Instants, await calendars.ForUnitAsync(subject.Unit.Id, ct), table.Parameters);
        return chosen => FeedbackTally.Count(facts.Where(f => chosen.Contains(f.UnitId)).Select(f => (f.Facts, f.Entered)), context);
    }
}
