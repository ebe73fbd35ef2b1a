using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Organization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Organization;

/// <summary>The unit tree, inactive units included so that merged units stay findable, and the form to add one.</summary>
public sealed class UnitsModel(ListUnits list, CreateUnit create) : PageModel
{
    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    [BindProperty]
    public CreateUnitRequest Input { get; set; } = new(null, null, null, null, null, null);

    public Error? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Units = await list.HandleAsync(includeInactive: true, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var created = await create.HandleAsync(Input, ct);
        if (!created.Failed)
        {
            return RedirectToPage("/Organization/Unit", new { code = created.Value.Code });
        }

        Problem = created.Error;
        Response.StatusCode = created.Error.Status;
        Units = await list.HandleAsync(includeInactive: true, ct);
        return Page();
    }

    public static IEnumerable<UnitKind> Kinds => Enum.GetValues<UnitKind>();
}
