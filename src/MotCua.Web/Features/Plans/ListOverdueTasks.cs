using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Plans;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Plans;

/// <param name="PlanId">Only this plan's tasks; every plan's by default.</param>
public sealed record OverdueQuery(string? UnitCode, DateOnly? AsOf, Guid? PlanId = null);

/// <param name="DaysOverdue">Days since the due date, the last day allowed.</param>
public sealed record OverdueTask(
    Guid PlanId, string PlanNumber, Guid TaskId, Guid InstanceId, string Content, string LeadUnitCode, DateOnly DueDate, TaskProgress Status, int DaysOverdue,
    string PlanTitle, string LeadUnitName);

/// <summary>
/// Nhiệm vụ quá hạn (DOMAIN.md §9): the task instances led by a unit or a unit under it that were past due and not done
/// on a day (today in Vietnam by default), oldest first. Asked about a past day, it shows what the list showed then.
/// </summary>
public sealed class ListOverdueTasks(MotCuaDbContext db, PlanPermissions permissions, TimeProvider clock)
{
    public async Task<Outcome<Paged<OverdueTask>>> HandleAsync(OverdueQuery query, PageRequest page, CancellationToken ct)
    {
        var scope = await permissions.ScopeAsync(ct);
        var leads = scope.ToList();
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unit = await permissions.FindUnitInScopeAsync(query.UnitCode, "unitCode", ct);
            if (unit.Failed)
            {
                return unit.Error;
            }

            var units = await db.Units.AsNoTracking().ToListAsync(ct);
            leads = [.. UnitLookup.ReadableSubtree(unit.Value.Id, units, scope)];
        }

        var asOf = query.AsOf ?? DossierPeriod.Today(clock);
        var candidates = await (from i in db.TaskInstances.AsNoTracking()
                                join t in db.PlanTasks on i.TaskId equals t.Id
                                join p in db.Plans on t.PlanId equals p.Id
                                join u in db.Units on t.LeadUnitId equals u.Id
                                where leads.Contains(t.LeadUnitId) && i.DueDate < asOf && (i.DoneOn == null || i.DoneOn > asOf) && (query.PlanId == null || p.Id == query.PlanId)
                                select new { i.Id, i.DueDate, i.Status, i.DoneOn, TaskId = t.Id, t.Content, PlanId = p.Id, p.Number, p.Title, u.Code, u.Name })
            .ToListAsync(ct);
        var overdue = TaskOverdue.Of(candidates, c => new TaskInstanceState(c.DueDate, c.Status, c.DoneOn), asOf)
            .OrderBy(c => c.DueDate).ThenBy(c => c.Code, StringComparer.Ordinal).ThenBy(c => c.Id)
            .ToList();
        var items = overdue.Skip(page.Skip).Take(page.PageSize)
            .Select(c => new OverdueTask(c.PlanId, c.Number, c.TaskId, c.Id, c.Content, c.Code, c.DueDate, c.Status, asOf.DayNumber - c.DueDate.DayNumber, c.Title, c.Name))
            .ToList();
        return new Paged<OverdueTask>(items, page.Page, page.PageSize, overdue.Count);
    }
}
