using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Plans;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Plans;

/// <summary>
/// Changes a task as a whole (PUT): its text, units and deadline. Instances on the days the new deadline still gives
/// keep their progress; an instance the new deadline drops goes only if nothing was reported on it — progress is never
/// thrown away by a change of deadline (409 instead). Dating an event deadline ("Sau đợt kiểm tra") is such a change.
/// </summary>
public sealed class UpdatePlanTask(MotCuaDbContext db, PlanPermissions permissions, PlanTaskInput input)
{
    public async Task<Outcome<PlanTaskCreated>> HandleAsync(Guid planId, Guid taskId, PlanTaskRequest request, CancellationToken ct)
    {
        var plan = await permissions.FindOwnPlanAsync(planId, ct);
        if (plan.Failed)
        {
            return plan.Error;
        }

        var task = await db.PlanTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.PlanId == planId, ct);
        if (task is null)
        {
            return Error.NotFound(new("nhiệm vụ", "Task"), taskId.ToString());
        }

        var draft = await input.ReadAsync(plan.Value, request with { Position = request.Position ?? task.Position }, ct);
        if (draft.Failed)
        {
            return draft.Error;
        }

        var instances = await db.TaskInstances.Where(i => i.TaskId == taskId).ToListAsync(ct);
        var dropped = instances.Where(i => !draft.Value.Dates.Contains(i.DueDate)).ToList();
        var droppedIds = dropped.Select(i => i.Id).ToList();
        if (dropped.Any(i => i.Status != TaskProgress.NotStarted || i.Note is not null || i.EvidenceUrl is not null)
            || await db.TaskEvidence.AnyAsync(e => droppedIds.Contains(e.InstanceId), ct))
        {
            return Error.Conflict(new(
                "Thời hạn mới bỏ một kỳ đã có báo cáo tiến độ hoặc minh chứng; giữ kỳ đó trong thời hạn mới.",
                "The new deadline drops an instance that has reported progress or evidence; keep that instance in the new deadline."));
        }

        var fresh = draft.Value;
        task.Section = fresh.Task.Section;
        task.Position = fresh.Task.Position;
        task.Content = fresh.Task.Content;
        task.LeadUnitId = fresh.Task.LeadUnitId;
        task.CoordinatingUnitCodes = fresh.Task.CoordinatingUnitCodes;
        task.Performers = fresh.Task.Performers;
        task.ExpectedOutput = fresh.Task.ExpectedOutput;
        task.DueKind = fresh.Task.DueKind;
        task.DueValue = fresh.Task.DueValue;
        task.DueText = fresh.Task.DueText;
        db.TaskInstances.RemoveRange(dropped);
        var kept = instances.Except(dropped).Select(i => i.DueDate).ToHashSet();
        db.TaskInstances.AddRange(PlanTaskInput.Instances(fresh with { Task = task, Dates = [.. fresh.Dates.Where(d => !kept.Contains(d))] }));
        await db.SaveChangesAsync(ct);
        var all = await db.TaskInstances.AsNoTracking().Where(i => i.TaskId == taskId).OrderBy(i => i.DueDate).ToListAsync(ct);
        return new PlanTaskCreated(task.Id, [.. all.Select(i => new InstanceDue(i.Id, i.DueDate))]);
    }
}
