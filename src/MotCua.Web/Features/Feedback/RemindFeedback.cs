using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Feedback;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Reminds the responsible unit of feedback still owed an answer within <see cref="FeedbackDue.ReminderWorkingDays"/>
/// working days of its due instant (or already past it): an e-mail through the outbox to each active officer with a
/// role at the unit and an address on file, once per feedback and officer — the outbox key is unique, so repeated runs
/// and runs on two nodes queue nothing twice.
/// </summary>
public sealed class RemindFeedback(MotCuaDbContext db, CalendarSource calendars, TimeProvider clock)
{

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var horizon = FeedbackDue.ReminderHorizon(await calendars.ForUnitAsync(null, ct), now);
        var due = await db.Feedback.AsNoTracking()
            .Where(f => FeedbackWorkflow.Running.Contains(f.Status) && f.DueAt <= horizon)
            .Select(f => new { f.Code, f.Title, f.UnitId, f.DueAt })
            .ToListAsync(ct);
        var unitIds = due.Select(f => f.UnitId).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking()
            .Where(o => o.IsActive && o.Email != null && o.Roles.Any(r => unitIds.Contains(r.UnitId)))
            .Select(o => new { o.UserName, o.Email, Units = o.Roles.Select(r => r.UnitId).ToList() })
            .ToListAsync(ct);
        var reminders = due.SelectMany(f => officers.Where(o => o.Units.Contains(f.UnitId)).Select(o => (Key: $"{f.Code}|reminder|{o.UserName}", o.Email, Feedback: f))).ToList();
        var keys = reminders.Select(r => r.Key + "|email").ToList();
        var queued = (await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct)).ToHashSet();
        var fresh = reminders.Where(r => !queued.Contains(r.Key + "|email")).ToList();
        foreach (var (key, email, f) in fresh)
        {
            var body = $"Nhắc việc: phản ánh, kiến nghị {f.Code} \"{f.Title}\" phải được trả lời trước {FeedbackLabels.Time(f.DueAt)}.";
            Outbox.Queue(db, key, null, null, email, body, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Another node queued some of them at the same moment; the next run queues whatever is still missing.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
