using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Plans;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Plans;

public sealed record ProgressRequest(string? Status, string? Note, string? EvidenceUrl);

public sealed record InstanceProgress(Guid Id, DateOnly DueDate, TaskProgress Status, DateOnly? DoneOn, string? Note, string? EvidenceUrl);

/// <summary>
/// A unit reports where it stands on one instance of a task, with a note and a link to its evidence; marked done, the
/// instance leaves the overdue list from that day (Vietnam time). A note or link left out keeps the one reported before.
/// </summary>
public sealed class ReportProgress(MotCuaDbContext db, PlanPermissions permissions, TimeProvider clock)
{
    public async Task<Outcome<InstanceProgress>> HandleAsync(Guid planId, Guid taskId, Guid instanceId, ProgressRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        TaskProgress? status = request.Status switch
        {
            "inProgress" => TaskProgress.InProgress,
            "done" => TaskProgress.Done,
            _ => null,
        };
        if (status is null)
        {
            errors["status"] = [new("Trạng thái phải là inProgress (đang thực hiện) hoặc done (đã hoàn thành).", "status must be inProgress or done.")];
        }

        PlanRules.Optional(errors, "note", request.Note, 2000);
        PlanRules.Link(errors, "evidenceUrl", request.EvidenceUrl, 2000);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var found = await permissions.FindReportableAsync(planId, taskId, instanceId, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var instance = found.Value;
        var now = clock.GetUtcNow();
        instance.DoneOn = status == TaskProgress.Done
            ? instance.DoneOn ?? DossierPeriod.Today(clock)
            : null;
        instance.Status = status!.Value;
        instance.Note = string.IsNullOrWhiteSpace(request.Note) ? instance.Note : request.Note.Trim();
        instance.EvidenceUrl = string.IsNullOrWhiteSpace(request.EvidenceUrl) ? instance.EvidenceUrl : request.EvidenceUrl.Trim();
        instance.UpdatedBy = permissions.UserName;
        instance.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return new InstanceProgress(instance.Id, instance.DueDate, instance.Status, instance.DoneOn, instance.Note, instance.EvidenceUrl);
    }
}
