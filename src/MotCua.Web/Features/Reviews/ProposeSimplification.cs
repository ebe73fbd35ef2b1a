using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Reviews;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

public sealed record ReviewRequest(
    string? ProcedureCode, string? UnitCode, int? Year, string? Necessity, string? Reasonableness, string? Legality,
    CostInput? Current, CostInput? Proposed, int? FieldsBefore, int? FieldsAfter,
    IReadOnlyList<string>? CutComponents, decimal? ProposedWorkingDays, bool? AllowOnline);

public sealed record ReviewCreated(Guid Id, ComplianceCostAnswer Cost, decimal? DeclaredInformationReductionPercent);

/// <summary>
/// A procedure's review form with its simplification proposal, sent up for approval: the procedure must be in the
/// catalog and in force, the costs and counts not negative, the components cut the procedure's own.
/// </summary>
public sealed class ProposeSimplification(MotCuaDbContext db, PlanPermissions permissions, CompareComplianceCost compare, TimeProvider clock)
{
    public async Task<Outcome<ReviewCreated>> HandleAsync(ReviewRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        PlanRules.Required(errors, "necessity", request.Necessity, 2000, new("đánh giá sự cần thiết", "The necessity assessment"));
        PlanRules.Required(errors, "reasonableness", request.Reasonableness, 2000, new("đánh giá tính hợp lý", "The reasonableness assessment"));
        PlanRules.Required(errors, "legality", request.Legality, 2000, new("đánh giá tính hợp pháp", "The legality assessment"));
        if (request.Year is not (>= CreatePlan.MinYear and <= CreatePlan.MaxYear))
        {
            errors["year"] = [new Text("Năm rà soát phải từ {0} đến {1}.", "year must be between {0} and {1}.").Format(CreatePlan.MinYear, CreatePlan.MaxYear)];
        }

        var cost = compare.Handle(new ComplianceCostRequest(request.Current, request.Proposed));
        foreach (var (field, messages) in cost.Error?.Fields ?? new Dictionary<string, Text[]>())
        {
            errors[field] = messages;
        }

        var fields = DeclaredInformationReduction.Of(request.FieldsBefore ?? 0, request.FieldsAfter ?? request.FieldsBefore ?? 0);
        foreach (var problem in fields.Problems)
        {
            errors[problem.Field] = [ReviewLabels.Problem(problem)];
        }

        if (request.ProposedWorkingDays is <= 0)
        {
            errors["proposedWorkingDays"] = [new("Thời hạn đề xuất phải lớn hơn 0 ngày làm việc.", "The proposed time limit must be more than 0 working days.")];
        }

        var procedure = await db.Procedures.AsNoTracking().Include(p => p.Components).FirstOrDefaultAsync(p => p.Code == (request.ProcedureCode ?? "").Trim(), ct);
        if (procedure is null)
        {
            return Error.NotFound(new("thủ tục hành chính", "Procedure"), request.ProcedureCode ?? "");
        }

        if (procedure.Status != ProcedureStatus.Active)
        {
            return Error.Conflict(new($"Thủ tục {procedure.Code} đã bị bãi bỏ hoặc thay thế, không rà soát được.", $"Procedure {procedure.Code} is abolished or replaced and cannot be reviewed."));
        }

        var cut = (request.CutComponents ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var unknown = cut.Where(c => procedure.Components.All(k => k.Name != c)).Select(c => new Text($"Thủ tục không có thành phần \"{c}\".", $"The procedure has no component \"{c}\".")).ToArray();
        if (unknown.Length > 0)
        {
            errors["cutComponents"] = unknown;
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var unit = await permissions.FindUnitInScopeAsync(request.UnitCode, "unitCode", ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var review = new ProcedureReview
        {
            ProcedureId = procedure.Id, UnitId = unit.Value.Id, Year = request.Year!.Value,
            Necessity = request.Necessity!.Trim(), Reasonableness = request.Reasonableness!.Trim(), Legality = request.Legality!.Trim(),
            Costs = JsonSerializer.Serialize(new ComplianceCostRequest(request.Current, request.Proposed), ApiSetup.Json),
            FieldsBefore = fields.Value!.FieldsBefore, FieldsAfter = fields.Value.FieldsAfter, CutComponents = string.Join('\n', cut),
            ProposedWorkingDays = request.ProposedWorkingDays, AllowOnline = request.AllowOnline ?? false,
            Status = ReviewStatus.Proposed, CreatedBy = permissions.UserName, CreatedAt = clock.GetUtcNow(),
        };
        db.ProcedureReviews.Add(review);
        await db.SaveChangesAsync(ct);
        return new ReviewCreated(review.Id, cost.Value, fields.Value.Percent);
    }
}

/// <summary>Where a review's proposal stands.</summary>
public static class ReviewStatus
{
    public const string Proposed = "proposed";

    public const string Approved = "approved";
}
