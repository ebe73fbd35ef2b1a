using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Features.Organization;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.FocalOfficers;

/// <summary>The focal officers and one-stop desk lists of the officer's units, to print, export and keep (KSTTHC office).</summary>
public sealed class IndexModel(FocalOfficerLists lists, PrintFocalOfficers print, ListUnits units) : PlanPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<FocalOfficerView> Officers { get; private set; } = [];

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => FileAsync(lists.ExportAsync(new FocalOfficerQuery(UnitCode, Kind), ct), ct);

    public Task<IActionResult> OnGetPrintAsync(CancellationToken ct) => FileAsync(print.HandleAsync(new FocalOfficerQuery(UnitCode, Kind), ct), ct);

    private async Task<IActionResult> FileAsync(Task<Common.Outcome<Common.FileDownload>> pending, CancellationToken ct)
    {
        var file = await pending;
        if (!file.Failed)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.DownloadName(Response));
        }

        Refuse(file.Error);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(FocalOfficerRequest form, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var added = await lists.AddAsync(form, ct);
        if (!added.Failed)
        {
            return RedirectToPage(new { unitCode = form.UnitCode });
        }

        Refuse(added.Error);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var removed = await lists.RemoveAsync(id, ct);
        if (!removed.Failed)
        {
            return RedirectToPage(new { unitCode = UnitCode });
        }

        Refuse(removed.Error);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var list = await lists.ListAsync(new FocalOfficerQuery(UnitCode, Kind), ct);
        Officers = list.Failed ? [] : list.Value;
        if (list.Error is { } error && Problem is null)
        {
            Refuse(error);
        }

        Units = await units.HandleAsync(includeInactive: false, ct);
    }
}
