using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Reviews;

public sealed record ReviewItemCreated(Guid Id, int Position);

/// <summary>POST /api/v1/plans/{id}/review-items: a procedure added to the review list of one of the office's own plans.</summary>
public sealed class AddReviewItem(MotCuaDbContext db, PlanPermissions permissions, ReviewItemInput input)
{
    public async Task<Outcome<ReviewItemCreated>> HandleAsync(Guid planId, ReviewItemRequest request, CancellationToken ct)
    {
        var plan = await permissions.FindOwnPlanAsync(planId, ct);
        if (plan.Failed)
        {
            return plan.Error;
        }

        var last = await db.ReviewPlanItems.Where(i => i.PlanId == planId).MaxAsync(i => (int?)i.Position, ct) ?? 0;
        var item = await input.ReadAsync(plan.Value, request, last + 1, ct);
        if (item.Failed)
        {
            return item.Error;
        }

        db.ReviewPlanItems.Add(item.Value);
        await db.SaveChangesAsync(ct);
        return new ReviewItemCreated(item.Value.Id, item.Value.Position);
    }
}
