using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Plans;

/// <summary>The plans of the officer's units, per unit and year, with the form to issue a new one (KSTTHC office).</summary>
public sealed class IndexModel(ListPlans list, CreatePlan create, PlanExports exports, ListUnits units, TimeProvider clock) : PlanPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<PlanSummary>? Result { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public int ThisYear => DossierPeriod.Today(clock).Year;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var file = await exports.PlansAsync(new PlanQuery(UnitCode, Year), ct);
        if (!file.Failed)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
        }

        Refuse(file.Error);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(PlanRequest form, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var created = await create.HandleAsync(form, ct);
        if (!created.Failed)
        {
            return RedirectToPage("Detail", new { id = created.Value.Id });
        }

        Refuse(created.Error);
        await LoadAsync(ct);
        return Page();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["unitCode"] = UnitCode, ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }).ToUriComponent();

    private async Task LoadAsync(CancellationToken ct)
    {
        var page = PageRequest.From(PageNumber, 25);
        var outcome = page.Failed ? page.Error : await list.HandleAsync(new PlanQuery(UnitCode, Year), page.Value, ct);
        Result = outcome.Failed ? null : outcome.Value;
        if (outcome.Failed && Problem is null)
        {
            Refuse(outcome.Error);
        }

        Units = await units.HandleAsync(includeInactive: false, ct);
    }
}
