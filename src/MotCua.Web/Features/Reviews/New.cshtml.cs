using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

/// <summary>A procedure's review form with its simplification proposal, sent up through <see cref="ProposeSimplification"/>.</summary>
public sealed class NewModel(ProposeSimplification propose, ListUnits units, TimeProvider clock) : PlanPage
{
    public ReviewRequest? Form { get; private set; }

    /// <summary>The components cut as typed, one a line.</summary>
    public string? CutLines { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public int ThisYear => DossierPeriod.Today(clock).Year;

    /// <summary>Opened from a review plan's line: the procedure, its lead unit and the plan's year are filled in.</summary>
    public async Task<IActionResult> OnGetAsync(string? procedureCode, string? unitCode, int? year, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        Form = new ReviewRequest(procedureCode, unitCode, year, null, null, null, null, null, null, null, null, null, null);
        Units = await units.HandleAsync(includeInactive: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ReviewRequest form, string? cutComponentLines, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        Form = form with { CutComponents = (cutComponentLines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) };
        var created = await propose.HandleAsync(Form, ct);
        if (!created.Failed)
        {
            return RedirectToPage("Detail", new { id = created.Value.Id });
        }

        Refuse(created.Error);
        CutLines = cutComponentLines;
        Units = await units.HandleAsync(includeInactive: false, ct);
        return Page();
    }
}
