using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Plans;

public sealed record PlanQuery(string? UnitCode, int? Year);

public sealed record PlanSummary(Guid Id, string UnitCode, int Year, string Number, string Title, DateOnly IssuedOn, int Tasks, string UnitName);

/// <summary>The plans the officer sees (<see cref="PlanPermissions.VisiblePlansAsync"/>), newest year first; one unit's and one year's on request.</summary>
public sealed class ListPlans(MotCuaDbContext db, PlanPermissions permissions)
{
    public async Task<Outcome<Paged<PlanSummary>>> HandleAsync(PlanQuery query, PageRequest page, CancellationToken ct)
    {
        var plans = await permissions.VisiblePlansAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unit = await permissions.FindUnitInScopeAsync(query.UnitCode, "unitCode", ct);
            if (unit.Failed)
            {
                return unit.Error;
            }

            plans = plans.Where(p => p.UnitId == unit.Value.Id);
        }

        if (query.Year is { } year)
        {
            plans = plans.Where(p => p.Year == year);
        }

        var total = await plans.CountAsync(ct);
        var items = await plans
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.IssuedOn).ThenBy(p => p.Number)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(p => new PlanSummary(
                p.Id,
                db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Code).First(),
                p.Year,
                p.Number,
                p.Title,
                p.IssuedOn,
                db.PlanTasks.Count(t => t.PlanId == p.Id),
                db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).First()))
            .ToListAsync(ct);
        return new Paged<PlanSummary>(items, page.Page, page.PageSize, total);
    }
}
