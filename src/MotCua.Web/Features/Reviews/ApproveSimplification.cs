using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features.Reviews;

/// <param name="Publication">The decision that approves the simplification and announces the amended procedure.</param>
public sealed record ApprovalRequest(PublicationInput? Publication);

/// <summary>
/// Approves a simplification proposal and makes the catalog change from it through the catalog's own save path, so the
/// amended procedure has its revision under the approving decision: the components cut are removed, the time limit
/// shortened, online submission allowed. Approved once: a second approval is a conflict; a refused change saves nothing.
/// </summary>
public sealed class ApproveSimplification(MotCuaDbContext db, CurrentOfficer officer, GetProcedure get, SaveProcedure save, TimeProvider clock)
{
    public async Task<Outcome<ProcedureDetail>> HandleAsync(Guid id, ApprovalRequest request, CancellationToken ct)
    {
        var scope = (await officer.VisibleUnitIdsAsync(ct)).ToList();
        var review = await db.ProcedureReviews.FirstOrDefaultAsync(r => r.Id == id && scope.Contains(r.UnitId), ct);
        if (review is null)
        {
            return Error.NotFound(GetReview.Noun, id.ToString());
        }

        if (review.Status == ReviewStatus.Approved)
        {
            return Error.Conflict(new("Phương án đơn giản hóa này đã được phê duyệt.", "This simplification has already been approved."));
        }

        var code = await db.Procedures.Where(p => p.Id == review.ProcedureId).Select(p => p.Code).SingleAsync(ct);
        var current = await get.HandleAsync(code, ct);
        if (current.Failed)
        {
            return current.Error;
        }

        var cut = review.CutComponents.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var input = current.Value.ToInput();
        input = input with
        {
            Components = [.. (input.Components ?? []).Where(c => !cut.Contains(c.Name))],
            TimeLimit = review.ProposedWorkingDays is { } days ? new TimeLimitInput(days, null) : input.TimeLimit,
            Channels = review.AllowOnline ? [.. (input.Channels ?? []).Append("online").Distinct()] : input.Channels,
            Online = review.AllowOnline && input.Online == "none" ? "partial" : input.Online,
            Publication = request.Publication,
        };
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        review.Status = ReviewStatus.Approved;
        review.ApprovedBy = officer.UserName;
        review.ApprovedAt = clock.GetUtcNow();
        var amended = await save.AmendAsync(code, current.Value.Version, input, ct);
        if (amended.Failed)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return amended.Error;
        }

        await transaction.CommitAsync(ct);
        return amended.Value;
    }

    /// <summary>The cost inputs a review recorded, current and proposed.</summary>
    public static ComplianceCostRequest Costs(string json) => JsonSerializer.Deserialize<ComplianceCostRequest>(json, ApiSetup.Json)!;
}
