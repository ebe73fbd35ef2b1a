using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

/// <summary>GET /api/v1/reviews/plan-items: the review lists of the plans the officer sees, of one plan, or of a unit's plans of a year.</summary>
public sealed record ReviewItemQuery(Guid? PlanId, string? UnitCode, int? Year);

/// <summary>
/// One procedure to review with where its review stands: <c>notStarted</c>, <c>proposed</c> (the review form and its
/// proposal sent up) or <c>approved</c>; <c>Overdue</c> when its end month is over and no review form was made.
/// </summary>
public sealed record ReviewItemView(
    Guid Id, Guid PlanId, string PlanNumber, int Year, string Group, int Position, string? ProcedureCode, string ProcedureName, string Field,
    string LeadUnitCode, string LeadUnitName, IReadOnlyList<string> CoordinatingUnitCodes, string Coordinating, int StartMonth, int EndMonth,
    string Content, string Status, Guid? ReviewId, bool Overdue);

public sealed class ListReviewItems(MotCuaDbContext db, PlanPermissions permissions, TimeProvider clock)
{
    public const string NotStarted = "notStarted";

    public async Task<Outcome<IReadOnlyList<ReviewItemView>>> HandleAsync(ReviewItemQuery query, CancellationToken ct)
    {
        var plans = await permissions.VisiblePlansAsync(ct);
        if (query.PlanId is { } planId)
        {
            plans = plans.Where(p => p.Id == planId);
        }

        if (query.Year is { } year)
        {
            plans = plans.Where(p => p.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unit = await permissions.FindUnitInScopeAsync(query.UnitCode, "unitCode", ct);
            if (unit.Failed)
            {
                return unit.Error;
            }

            plans = plans.Where(p => p.UnitId == unit.Value.Id);
        }

        var rows = await (from i in db.ReviewPlanItems.AsNoTracking()
                          join p in plans on i.PlanId equals p.Id
                          orderby p.Year descending, p.Number, i.Position
                          select new { Item = i, Plan = p }).ToListAsync(ct);
        var procedureIds = rows.Select(r => r.Item.ProcedureId).OfType<Guid>().Distinct().ToList();
        var codes = await db.Procedures.AsNoTracking().Where(p => procedureIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var reviews = await db.ProcedureReviews.AsNoTracking().Where(r => procedureIds.Contains(r.ProcedureId)).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var today = DossierPeriod.Today(clock);
        return rows.Select(r =>
        {
            var (item, plan) = (r.Item, r.Plan);
            // The review of the procedure in the plan's year by the lead unit or the plan's unit, the latest if several.
            var review = reviews.Where(v => v.ProcedureId == item.ProcedureId && v.Year == plan.Year && (v.UnitId == item.LeadUnitId || v.UnitId == plan.UnitId))
                .MaxBy(v => v.CreatedAt);
            var ended = new DateOnly(plan.Year, item.EndMonth, 1).AddMonths(1) <= today;
            return new ReviewItemView(
                item.Id, plan.Id, plan.Number, plan.Year, item.Group, item.Position, item.ProcedureId is { } id ? codes[id] : null, item.ProcedureName, item.Field,
                units[item.LeadUnitId].Code, units[item.LeadUnitId].Name, item.CoordinatingUnitCodes.Split(',', StringSplitOptions.RemoveEmptyEntries),
                PlanUnits.Names(item.CoordinatingUnitCodes, item.Coordinators, units.Values), item.StartMonth, item.EndMonth,
                item.Content, review?.Status ?? NotStarted, review?.Id, review is null && ended);
        }).ToList();
    }
}
