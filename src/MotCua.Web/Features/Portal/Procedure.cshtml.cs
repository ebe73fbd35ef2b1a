using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Portal;

/// <summary>A procedure as citizens read it before they go: components, fees, time limit, where and how to submit, legal basis.</summary>
public sealed class ProcedureModel(GetProcedure get, ListUnits units, FormTemplates templates) : PageModel
{
    public ProcedureView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var found = await get.HandleAsync(code, ct);
        if (found.Failed)
        {
            return NotFound();
        }

        var names = (await units.HandleAsync(includeInactive: true, ct)).ToDictionary(u => u.Code, u => u.Name);
        View = new ProcedureView(found.Value, names, "/thu-tuc/", ShowProcess: false, await templates.OfAsync(code, ct));
        return Page();
    }
}
