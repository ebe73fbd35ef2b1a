using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Who sees and reports on plans: an officer sees the plans of the units in his scope; the progress of a task is
/// reported by an officer of its lead unit or a unit above it, or by the KSTTHC office and administrators who see the plan.
/// </summary>
public sealed class PlanPermissions(MotCuaDbContext db, CurrentOfficer officer, UnitDirectory directory)
{
    public static readonly Text PlanNoun = new("kế hoạch", "Plan");

    public static readonly Text InstanceNoun = new("nhiệm vụ", "Task instance");

    public string UserName => officer.UserName;

    public Task<IReadOnlySet<Guid>> ScopeAsync(CancellationToken ct) => officer.VisibleUnitIdsAsync(ct);

    /// <summary>A unit by its code if in the officer's scope; one outside it answers as unknown.</summary>
    public async Task<Outcome<Unit>> FindUnitInScopeAsync(string? code, string field, CancellationToken ct)
    {
        var found = await db.FindAsync(code, field, ct);
        return found.Failed || (await ScopeAsync(ct)).Contains(found.Value.Id) ? found : Error.NotFound(UnitLookup.UnitNoun, found.Value.Code);
    }

    /// <summary>
    /// The plans the officer sees: those of his units, and those giving one of his units a task to lead — a division
    /// reports on the town's plan without seeing every plan of the town.
    /// </summary>
    public async Task<IQueryable<Plan>> VisiblePlansAsync(CancellationToken ct)
    {
        var scope = (await ScopeAsync(ct)).ToList();
        return db.Plans.AsNoTracking().Where(p => scope.Contains(p.UnitId) || db.PlanTasks.Any(t => t.PlanId == p.Id && scope.Contains(t.LeadUnitId)));
    }

    /// <summary>A plan the officer sees; any other answers as unknown.</summary>
    public async Task<Outcome<Plan>> FindPlanAsync(Guid id, CancellationToken ct)
    {
        var plan = await (await VisiblePlansAsync(ct)).FirstOrDefaultAsync(p => p.Id == id, ct);
        return plan is not null ? plan : Error.NotFound(PlanNoun, id.ToString());
    }

    /// <summary>A plan of one of the officer's units, to change; one he only reports on, or cannot see, answers as unknown.</summary>
    public async Task<Outcome<Plan>> FindOwnPlanAsync(Guid id, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return plan is not null && (await ScopeAsync(ct)).Contains(plan.UnitId) ? plan : Error.NotFound(PlanNoun, id.ToString());
    }

    /// <summary>
    /// A task instance (tracked) on which the officer may report; one of a plan he cannot see answers as unknown, one
    /// he sees but does not lead as forbidden.
    /// </summary>
    public async Task<Outcome<TaskInstance>> FindReportableAsync(Guid planId, Guid taskId, Guid instanceId, CancellationToken ct)
    {
        var found = await (from i in db.TaskInstances
                           join t in db.PlanTasks on i.TaskId equals t.Id
                           join p in db.Plans on t.PlanId equals p.Id
                           where i.Id == instanceId && t.Id == taskId && p.Id == planId
                           select new { Instance = i, t.LeadUnitId, Plan = p }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Error.NotFound(InstanceNoun, instanceId.ToString());
        }

        if (await MayReportAsync(found.Plan, found.LeadUnitId, ct))
        {
            return found.Instance;
        }

        return (await ScopeAsync(ct)).Contains(found.Plan.UnitId)
            ? Error.Forbidden(new("Chỉ đơn vị chủ trì, đơn vị cấp trên hoặc cán bộ KSTTHC được báo cáo tiến độ nhiệm vụ.", "Only the lead unit, a unit above it or the KSTTHC office may report on the task."))
            : Error.NotFound(InstanceNoun, instanceId.ToString());
    }

    private async Task<bool> MayReportAsync(Plan plan, Guid leadUnitId, CancellationToken ct)
    {
        var grants = officer.Grants;
        if (grants.Any(g => g.Role is Role.KsttOfficer or Role.Administrator) && (await ScopeAsync(ct)).Contains(plan.UnitId))
        {
            return true;
        }

        var units = await directory.AllAsync(db, ct);
        var acting = UnitLookup.SelfAndAncestors(units[leadUnitId], units).Select(u => u.Id).ToHashSet();
        return grants.Any(g => acting.Contains(g.UnitId));
    }
}
