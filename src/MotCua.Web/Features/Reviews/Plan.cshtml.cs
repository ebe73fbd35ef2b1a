using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

/// <summary>
/// Kế hoạch rà soát: the procedures the plans set out to review, where each review stands, the overdue ones; the office
/// adds a procedure to a plan's list and opens its review form from here.
/// </summary>
public sealed class PlanModel(ListReviewItems list, ReviewItemExport export, AddReviewItem add, ListPlans plans, ListUnits units) : PlanPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PlanId { get; set; }

    public IReadOnlyList<ReviewItemView>? Items { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    /// <summary>The plans of the year the office may add a procedure to.</summary>
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public ReviewItemRequest? Form { get; private set; }

    public string? Added { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var file = await export.HandleAsync(Query, ct);
        if (!file.Failed)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
        }

        Refuse(file.Error);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, ReviewItemRequest form, string? coordinatingLines, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        Form = form with { CoordinatingUnitCodes = (coordinatingLines ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) };
        var created = await add.HandleAsync(planId, Form, ct);
        if (created.Failed)
        {
            Refuse(created.Error);
        }
        else
        {
            (Form, Added, PlanId) = (null, Text.Pick($"Đã thêm thủ tục số {created.Value.Position} vào danh mục rà soát.", $"Procedure {created.Value.Position} added to the review list."), planId);
        }

        await LoadAsync(ct);
        return Page();
    }

    private ReviewItemQuery Query => new(PlanId, UnitCode, Year);

    private async Task LoadAsync(CancellationToken ct)
    {
        var outcome = await list.HandleAsync(Query, ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
        }

        Items = outcome.Failed ? null : outcome.Value;
        Units = await units.HandleAsync(includeInactive: false, ct);
        var own = await plans.HandleAsync(new PlanQuery(UnitCode, Year), new PageRequest(1, 200), ct);
        Plans = own.Failed ? [] : own.Value.Items;
    }
}
