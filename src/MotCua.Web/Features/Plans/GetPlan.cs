using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Plans;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Plans;

public sealed record EvidenceFile(Guid Id, string FileName, string MediaType, long Size, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record PlanInstance(
    Guid Id, DateOnly DueDate, TaskProgress Status, DateOnly? DoneOn, bool Overdue, string? Note, string? EvidenceUrl, IReadOnlyList<EvidenceFile> Files);

/// <param name="CoordinatingUnitCodes">The coordinating units by code, as the plan names them.</param>
/// <param name="CoordinatingUnitNames">The same units by name, in the same order, as the pages and exports show them.</param>
public sealed record PlanTaskView(
    Guid Id, int Position, string Section, string Content, string LeadUnitCode, string LeadUnitName, IReadOnlyList<string> CoordinatingUnitCodes,
    string? Performers, string? ExpectedOutput, string DueKind, string DueValue, string? DueText, IReadOnlyList<PlanInstance> Instances,
    IReadOnlyList<string> CoordinatingUnitNames);

public sealed record PlanDetail(
    Guid Id, string UnitCode, string UnitName, int Year, string Number, string Title, DateOnly IssuedOn, string SignerPosition, string SignerName,
    IReadOnlyList<PlanTaskView> Tasks, SignedPlanInfo? SignedCopy);

/// <summary>A plan of the officer's units with its tasks in the plan's order, their instances and evidence; overdue as of today in Vietnam.</summary>
public sealed class GetPlan(MotCuaDbContext db, PlanPermissions permissions, TimeProvider clock)
{
    public async Task<Outcome<PlanDetail>> HandleAsync(Guid id, CancellationToken ct)
    {
        var found = await permissions.FindPlanAsync(id, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var plan = found.Value;
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Position).ThenBy(t => t.CreatedAt).ToListAsync(ct);
        var taskIds = tasks.Select(t => t.Id).ToList();
        var instances = (await db.TaskInstances.AsNoTracking().Where(i => taskIds.Contains(i.TaskId)).ToListAsync(ct))
            .OrderBy(i => i.DueDate).ToLookup(i => i.TaskId);
        var instanceIds = instances.SelectMany(g => g).Select(i => i.Id).ToList();
        var files = (await db.TaskEvidence.AsNoTracking().Where(e => instanceIds.Contains(e.InstanceId)).ToListAsync(ct))
            .OrderBy(e => e.UploadedAt).ToLookup(e => e.InstanceId);
        var today = DossierPeriod.Today(clock);
        var names = units.Values.ToDictionary(u => u.Code, u => u.Name);
        var views = tasks.Select(t => new PlanTaskView(
            t.Id, t.Position, t.Section, t.Content, units[t.LeadUnitId].Code, units[t.LeadUnitId].Name,
            t.CoordinatingUnitCodes.Length == 0 ? [] : t.CoordinatingUnitCodes.Split(','), t.Performers, t.ExpectedOutput, t.DueKind, t.DueValue, t.DueText,
            [.. instances[t.Id].Select(i => new PlanInstance(
                i.Id, i.DueDate, i.Status, i.DoneOn, TaskOverdue.IsOverdue(i.State, today), i.Note, i.EvidenceUrl,
                [.. files[i.Id].Select(f => new EvidenceFile(f.Id, f.File.FileName, f.File.MediaType, f.File.Size, f.UploadedBy, f.UploadedAt))]))],
            [.. t.CoordinatingUnitCodes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => names[c])])).ToList();
        var unit = units[plan.UnitId];
        return new PlanDetail(
            plan.Id, unit.Code, unit.Name, plan.Year, plan.Number, plan.Title, plan.IssuedOn, plan.SignerPosition, plan.SignerName, views,
            plan.SignedCopy is { } signed ? new SignedPlanInfo(signed.FileName, signed.Size) : null);
    }

    /// <summary>One task of the plan, as in the plan's page.</summary>
    public async Task<Outcome<PlanTaskView>> TaskAsync(Guid id, Guid taskId, CancellationToken ct)
    {
        var plan = await HandleAsync(id, ct);
        if (plan.Failed)
        {
            return plan.Error;
        }

        return plan.Value.Tasks.FirstOrDefault(t => t.Id == taskId) is { } task ? task : Error.NotFound(new("nhiệm vụ", "Task"), taskId.ToString());
    }
}
