using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Catalog;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

/// <summary>A review form with the saving it computes; the KSTTHC office approves its proposal here, once, under a decision.</summary>
public sealed class DetailModel(GetReview get, ApproveSimplification approve) : PlanPage
{
    public ReviewDetail? Review { get; private set; }

    public PublicationInput? Publication { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(Guid id, PublicationInput publication, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var approved = await approve.HandleAsync(id, new ApprovalRequest(publication), ct);
        if (!approved.Failed)
        {
            return RedirectToPage("Detail", new { id });
        }

        Refuse(approved.Error);
        Publication = publication;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var review = await get.HandleAsync(id, ct);
        Review = review.Failed ? null : review.Value;
        return !review.Failed;
    }
}
