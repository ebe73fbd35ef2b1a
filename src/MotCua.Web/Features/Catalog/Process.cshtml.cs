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

        Steps = StepRows.From(Procedure!.ToInput().Steps ?? []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var outcome = await save.HandleAsync(code, new SaveStepsRequest(BaseVersion, StepRows.Inputs(Steps)), ct);
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
}
