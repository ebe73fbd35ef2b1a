using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Targets;

/// <summary>Chỉ tiêu: a unit's KPI targets of a year against the data at the end of a quarter, with lights and the units that miss.</summary>
public sealed class IndexModel(TargetProgress progress, CopyTargets copy, DossierRegister register, IAuthorizationService authorization, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Quarter { get; set; }

    public RegisterChoices Choices { get; private set; } = new([], default, default);

    public TargetsProgress? Result { get; private set; }

    /// <summary>The KSTTHC office and administrators copy targets (the API's write policy).</summary>
    public bool MayEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        MayEdit = (await authorization.AuthorizeAsync(User, Policies.CatalogEditor)).Succeeded;
        Choices = await register.ChoicesAsync(ct);
        UnitCode ??= Choices.Units.Count > 0 ? Choices.Units[0].Code : null;
        var today = DossierPeriod.Today(clock);
        Year ??= today.Year;
        Quarter ??= Year == today.Year ? (today.Month + 2) / 3 : 4;
        var outcome = await progress.HandleAsync(new ProgressQuery(UnitCode, Year, Quarter), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            return;
        }

        Result = outcome.Value;
    }

    /// <summary>Sao chép chỉ tiêu sang năm sau: then shows the new year; a refusal (already copied) shows on the page.</summary>
    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.CatalogEditor)).Succeeded)
        {
            return Forbid();
        }

        var copied = await copy.HandleAsync(new CopyTargetsRequest(UnitCode, Year), ct);
        if (!copied.Failed)
        {
            return RedirectToPage(new { UnitCode, Year = copied.Value.Year, Quarter = 1 });
        }

        await OnGetAsync(ct);
        Refuse(copied.Error);
        return Page();
    }
}
