using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Plans;

public sealed record InstanceDue(Guid Id, DateOnly DueDate);

public sealed record PlanTaskCreated(Guid Id, IReadOnlyList<InstanceDue> Instances);

/// <summary>A task added to a plan with its dated instances (<see cref="PlanTaskInput"/>); listed last unless placed.</summary>
public sealed class AddPlanTask(MotCuaDbContext db, PlanPermissions permissions, PlanTaskInput input)
{
    public async Task<Outcome<PlanTaskCreated>> HandleAsync(Guid planId, PlanTaskRequest request, CancellationToken ct)
    {
        var plan = await permissions.FindOwnPlanAsync(planId, ct);
        if (plan.Failed)
        {
            return plan.Error;
        }

        var draft = await input.ReadAsync(plan.Value, request, ct);
        if (draft.Failed)
        {
            return draft.Error;
        }

        var task = draft.Value.Task;
        if (request.Position is null)
        {
            task.Position = (await db.PlanTasks.Where(t => t.PlanId == planId).MaxAsync(t => (int?)t.Position, ct) ?? 0) + 1;
        }

        var instances = PlanTaskInput.Instances(draft.Value);
        db.PlanTasks.Add(task);
        db.TaskInstances.AddRange(instances);
        await db.SaveChangesAsync(ct);
        return new PlanTaskCreated(task.Id, [.. instances.Select(i => new InstanceDue(i.Id, i.DueDate))]);
    }
}
