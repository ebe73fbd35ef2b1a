using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Reviews;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Reviews;

public sealed record ReviewDetail(
    Guid Id, string ProcedureCode, string ProcedureName, string UnitCode, int Year, string Necessity, string Reasonableness, string Legality,
    ComplianceCostRequest Costs, ComplianceCostAnswer Cost, int FieldsBefore, int FieldsAfter, decimal? DeclaredInformationReductionPercent,
    IReadOnlyList<string> CutComponents, decimal? ProposedWorkingDays, bool AllowOnline, string Status,
    string CreatedBy, DateTimeOffset CreatedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt);

/// <summary>A review form of one of the officer's units with the saving it computes; any other answers as unknown.</summary>
public sealed class GetReview(MotCuaDbContext db, PlanPermissions permissions, CompareComplianceCost compare)
{
    public static readonly Text Noun = new("phiếu rà soát", "Review");

    public async Task<Outcome<ReviewDetail>> HandleAsync(Guid id, CancellationToken ct)
    {
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var found = await (from x in db.ProcedureReviews.AsNoTracking()
                           join p in db.Procedures on x.ProcedureId equals p.Id
                           join u in db.Units on x.UnitId equals u.Id
                           where x.Id == id && scope.Contains(x.UnitId)
                           select new { Review = x, p.Code, p.Name, UnitCode = u.Code }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Error.NotFound(Noun, id.ToString());
        }

        var r = found.Review;
        var costs = ApproveSimplification.Costs(r.Costs);
        var fields = DeclaredInformationReduction.Of(r.FieldsBefore, r.FieldsAfter).Value!;
        return new ReviewDetail(
            r.Id, found.Code, found.Name, found.UnitCode, r.Year, r.Necessity, r.Reasonableness, r.Legality, costs, compare.Handle(costs).Value!,
            r.FieldsBefore, r.FieldsAfter, fields.Percent, r.CutComponents.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            r.ProposedWorkingDays, r.AllowOnline, r.Status, r.CreatedBy, r.CreatedAt, r.ApprovedBy, r.ApprovedAt);
    }
}
