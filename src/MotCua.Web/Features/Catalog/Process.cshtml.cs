using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Catalog;

/// <summary>The internal process editor: the procedure's steps plus three empty rows to add more.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.CatalogEditor)]
public sealed class ProcessModel(GetProcedure get, SaveProcessSteps save, ListUnits units) : FormPage
{
    private const int BlankRows = 3;

    [BindProperty]
    public List<StepRow> Steps { get; set; } = [];

    [BindProperty]
    public int? BaseVersion { get; set; }

    public ProcedureDetail? Procedure { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        Steps = Procedure!.Steps.Select((s, i) => new StepRow(i + 1, s.Name, s.Role, s.UnitCode, s.Hours)).ToList();
        Steps.AddRange(Enumerable.Range(0, BlankRows).Select(i => new StepRow(Steps.Count + i + 1, null, "specialist", null, null)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var steps = Steps.Where(s => !string.IsNullOrWhiteSpace(s.Name)).OrderBy(s => s.Order)
            .Select(s => new StepInput(s.Name, s.Role, s.UnitCode, s.Hours)).ToList();
        var outcome = await save.HandleAsync(code, new SaveStepsRequest(BaseVersion, steps), ct);
        if (!outcome.Failed)
        {
            return RedirectToPage("/Catalog/Detail", new { code });
        }

        Refuse(outcome.Error);
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var found = await get.HandleAsync(code, ct);
        Procedure = found.Failed ? null : found.Value;
        Units = await units.HandleAsync(includeInactive: false, ct);
        return Procedure is not null;
    }

    public sealed record StepRow(int Order, string? Name, string? Role, string? UnitCode, decimal? Hours);
}
