using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Reviews;

public sealed record ReviewQuery(string? UnitCode, int? Year);

/// <param name="SavingPercent">Null when the current cost is 0, as in <see cref="ComplianceCostAnswer"/>.</param>
public sealed record ReviewSummary(
    Guid Id, string ProcedureCode, string ProcedureName, string UnitCode, int Year, string CreatedBy, string Status, decimal Saving, decimal? SavingPercent);

/// <summary>The review forms of the officer's units, newest year first; one unit's and one year's on request.</summary>
public sealed class ListReviews(MotCuaDbContext db, PlanPermissions permissions, CompareComplianceCost compare)
{
    public async Task<Outcome<IReadOnlyList<ReviewSummary>>> HandleAsync(ReviewQuery query, CancellationToken ct)
    {
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var reviews = db.ProcedureReviews.AsNoTracking().Where(r => scope.Contains(r.UnitId));
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unit = await permissions.FindUnitInScopeAsync(query.UnitCode, "unitCode", ct);
            if (unit.Failed)
            {
                return unit.Error;
            }

            reviews = reviews.Where(r => r.UnitId == unit.Value.Id);
        }

        if (query.Year is { } year)
        {
            reviews = reviews.Where(r => r.Year == year);
        }

        var rows = await (from r in reviews
                          join p in db.Procedures on r.ProcedureId equals p.Id
                          join u in db.Units on r.UnitId equals u.Id
                          orderby r.Year descending, u.Code, p.Code
                          select new { r.Id, p.Code, p.Name, UnitCode = u.Code, r.Year, r.CreatedBy, r.Status, r.Costs }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var cost = compare.Handle(ApproveSimplification.Costs(r.Costs)).Value!;
            return new ReviewSummary(r.Id, r.Code, r.Name, r.UnitCode, r.Year, r.CreatedBy, r.Status, cost.Saving, cost.SavingPercent);
        }).ToList();
    }
}
