using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Plans;

/// <summary>An evidence document of a plan the officer sees; of any other plan, unknown.</summary>
public sealed class DownloadEvidence(MotCuaDbContext db, PlanPermissions permissions, IFileStore store)
{
    public async Task<Outcome<FileDownload>> HandleAsync(Guid planId, Guid evidenceId, CancellationToken ct)
    {
        var plan = await permissions.FindPlanAsync(planId, ct);
        if (plan.Failed)
        {
            return plan.Error;
        }

        var file = await (from e in db.TaskEvidence.AsNoTracking()
                          join i in db.TaskInstances on e.InstanceId equals i.Id
                          join t in db.PlanTasks on i.TaskId equals t.Id
                          where e.Id == evidenceId && t.PlanId == planId
                          select e).FirstOrDefaultAsync(ct);
        return file is null
            ? Error.NotFound(new("minh chứng", "Evidence"), evidenceId.ToString())
            : await store.DownloadAsync(file.File, ct);
    }
}
