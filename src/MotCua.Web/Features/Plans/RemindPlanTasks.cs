using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Plans;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Plans;

/// <summary>
/// Reminds the lead unit of plan task instances not done: once when due within <see cref="DaysAhead"/> days, once when
/// overdue — an e-mail through the outbox to each active officer with a role at the lead unit and an address on file.
/// The outbox key is unique, so repeated runs and runs on two nodes queue nothing twice.
/// </summary>
public sealed class RemindPlanTasks(MotCuaDbContext db, TimeProvider clock)
{
    public const int DaysAhead = 3;

    /// <summary>
    /// An instance overdue for longer is on the overdue list, not in the mailbox: a plan entered late, or copied, would
    /// otherwise send a reminder for every month already past.
    /// </summary>
    public const int DaysBehind = 30;

    // A message fits the outbox's 4000 characters whatever the task's length.
    private const int ContentShown = 300;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DossierPeriod.Today(clock);
        var horizon = today.AddDays(DaysAhead);
        var oldest = today.AddDays(-DaysBehind);
        var open = await (from i in db.TaskInstances.AsNoTracking()
                          join t in db.PlanTasks on i.TaskId equals t.Id
                          join p in db.Plans on t.PlanId equals p.Id
                          where i.Status != TaskProgress.Done && i.DueDate <= horizon && i.DueDate >= oldest
                          select new { i.Id, i.DueDate, t.Content, t.LeadUnitId, p.Number }).ToListAsync(ct);
        var officers = await OfficerEmails.ByUnitAsync(db, [.. open.Select(i => i.LeadUnitId).Distinct()], ct);
        var reminders = open.SelectMany(i => officers[i.LeadUnitId].Select(o =>
        {
            var late = i.DueDate < today;
            var due = i.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var content = i.Content.Length <= ContentShown ? i.Content : i.Content[..ContentShown] + "…";
            var body = late
                ? $"Nhắc việc: nhiệm vụ \"{content}\" (kế hoạch {i.Number}) đã quá hạn {due} mà chưa hoàn thành."
                : $"Nhắc việc: nhiệm vụ \"{content}\" (kế hoạch {i.Number}) đến hạn ngày {due}.";
            return new OfficerEmail($"plan|{i.Id}|{(late ? "overdue" : "dueSoon")}|{o.UserName}", o.Email, body);
        })).ToList();
        return await OfficerEmails.QueueOnceAsync(db, reminders, now, ct);
    }
}
