using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Feedback;
using MotCua.Domain.Indicators;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// The feedback some units received before an instant, each with the facts the formulas judge: its events, and whether
/// a complaint about its answer followed by then (5.3). The index, the dashboard and the feedback form read it alike.
/// </summary>
public static class FeedbackFactsReader
{
    public static async Task<List<(FeedbackItem Item, FeedbackFacts Facts)>> ReadAsync(
        MotCuaDbContext db, IReadOnlyCollection<Guid> unitIds, DateTimeOffset end, CancellationToken ct)
    {
        var feedback = await db.Feedback.AsNoTracking().Where(f => unitIds.Contains(f.UnitId) && f.ReceivedAt < end).ToListAsync(ct);
        var ids = feedback.Select(f => f.Id).ToList();
        var events = (await db.FeedbackEvents.AsNoTracking().Where(e => ids.Contains(e.FeedbackId)).ToListAsync(ct)).ToLookup(e => e.FeedbackId);
        var codes = feedback.Select(f => f.Code).ToList();
        var disputed = (await db.Feedback.AsNoTracking().Where(f => f.ComplainsAbout != null && codes.Contains(f.ComplainsAbout) && f.ReceivedAt < end)
            .Select(f => f.ComplainsAbout!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return [.. feedback.Select(f => (f, FeedbackFacts.From(f, events[f.Id], disputed.Contains(f.Code))))];
    }
}
