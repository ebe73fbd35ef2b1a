using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Organization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Organization;

/// <summary>One row of the act form; a row left without a unit is not a step.</summary>
public sealed class StepRow
{
    public ReorganizationStepKind Kind { get; set; }

    public string? UnitCode { get; set; }

    public string? TargetCode { get; set; }

    public string? Name { get; set; }

    public UnitKind? UnitKind { get; set; }

    /// <summary>The units receiving a part of a split one, codes separated by commas.</summary>
    public string? Parts { get; set; }

    public string? Officer { get; set; }

    public Role? Role { get; set; }

    public RoleSuccession? Roles { get; set; }

    public ReorganizationStep ToStep() => new(Kind, UnitCode!.Trim(), Blank(TargetCode), Blank(Name), UnitKind, null)
    {
        Parts = Blank(Parts)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
        Officer = Blank(Officer),
        Role = Role,
        Roles = Roles,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>The reorganization acts, latest first, and the form to record one as planned (issue 17).</summary>
public sealed class ReorganizationsModel(ListReorganizations list, PlanReorganization plan, ListUnits units) : FormPage
{
    public const int Rows = 8;

    public IReadOnlyList<ReorganizationInfo> Acts { get; private set; } = [];

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    [BindProperty]
    public string? DecisionNumber { get; set; }

    [BindProperty]
    public DateOnly? DecidedOn { get; set; }

    [BindProperty]
    public DateOnly? EffectiveOn { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public List<StepRow> Steps { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var steps = Steps.Where(s => !string.IsNullOrWhiteSpace(s.UnitCode)).Select(s => s.ToStep()).ToList();
        var planned = await plan.HandleAsync(new ReorganizationRequest(DecisionNumber, DecidedOn, EffectiveOn, Title, steps), ct);
        if (!planned.Failed)
        {
            return RedirectToPage("/Organization/Reorganization", new { id = planned.Value.Id });
        }

        Refuse(planned.Error);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Acts = await list.HandleAsync(ct);
        Units = await units.HandleAsync(includeInactive: false, ct);
        while (Steps.Count < Rows)
        {
            Steps.Add(new StepRow());
        }
    }
}
