using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Feedback;
using MotCua.Web.Common;
using MotCua.Web.Data;
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
        var officers = await OfficerEmails.ByUnitAsync(db, [.. due.Select(f => f.UnitId).Distinct()], ct);
        var reminders = due.SelectMany(f => officers[f.UnitId].Select(o => new OfficerEmail(
            $"{f.Code}|reminder|{o.UserName}", o.Email, $"Nhắc việc: phản ánh, kiến nghị {f.Code} \"{f.Title}\" phải được trả lời trước {FeedbackLabels.Time(f.DueAt)}."))).ToList();
        return await OfficerEmails.QueueOnceAsync(db, reminders, now, ct);
    }
}
