using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Reports;

/// <summary>The feedback form's counts: each feedback of the units judged by the index's limits (5.2), in the reporting unit's calendar.</summary>
public sealed class FeedbackCounts(MotCuaDbContext db, CalendarSource calendars, IndicatorTable table) : IUnitCounts
{
    public FormContent Content => FormContent.Feedback;

    public async Task<Func<IReadOnlySet<Guid>, Measures>> LoadAsync(ReportSubject subject, IReadOnlyCollection<Guid> units, CancellationToken ct)
    {
        var end = subject.Instants.To;
        var feedback = await db.Feedback.AsNoTracking().Where(f => units.Contains(f.UnitId) && f.ReceivedAt < end).ToListAsync(ct);
        var ids = feedback.Select(f => f.Id).ToList();
        var events = (await db.FeedbackEvents.AsNoTracking().Where(e => ids.Contains(e.FeedbackId)).ToListAsync(ct)).ToLookup(e => e.FeedbackId);
        var facts = feedback.Select(f => (f.UnitId, Facts: FeedbackFacts.From(f, events[f.Id], complainedAboutAnswer: false), Entered: f.EnteredBy is not null)).ToList();
        var context = new IndicatorContext(subject.Instants, await calendars.ForUnitAsync(subject.Unit.Id, ct), table.Parameters);
        return chosen => FeedbackTally.Count(facts.Where(f => chosen.Contains(f.UnitId)).Select(f => (f.Facts, f.Entered)), context);
    }
}
