using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Plans;

/// <summary>The overdue task instances of a unit and the units under it (all of the officer's by default), as of a day.</summary>
public sealed class OverdueModel(ListOverdueTasks list, PlanExports exports, ListUnits units) : PlanPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PlanId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<OverdueTask>? Result { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var file = await exports.OverdueAsync(new OverdueQuery(UnitCode, AsOf, PlanId), ct);
        if (!file.Failed)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
        }

        Refuse(file.Error);
        await LoadAsync(ct);
        return Page();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["unitCode"] = UnitCode, ["asOf"] = AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["planId"] = PlanId?.ToString(),
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }).ToUriComponent();

    private async Task LoadAsync(CancellationToken ct)
    {
        var page = PageRequest.From(PageNumber, 50);
        var outcome = page.Failed ? page.Error : await list.HandleAsync(new OverdueQuery(UnitCode, AsOf, PlanId), page.Value, ct);
        Result = outcome.Failed ? null : outcome.Value;
        if (outcome.Failed && Problem is null)
        {
            Refuse(outcome.Error);
        }

        Units = await units.HandleAsync(includeInactive: false, ct);
    }
}
