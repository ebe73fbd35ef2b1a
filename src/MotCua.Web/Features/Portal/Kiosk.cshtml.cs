using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Portal;

/// <summary>
/// The one-stop desk's kiosk (touch screen in the waiting room): find a procedure, scan the QR code of a receipt to
/// follow a dossier, and see whose results are ready. Kiosk QR readers type what they read, like a keyboard, into the
/// focused box: the receipt's lookup address or its code, both accepted. The list of results ready is fetched again
/// every minute (<see cref="OnGetReadyAsync"/>) and replaced in place, never by reloading the page.
/// </summary>
public sealed class KioskModel(ListUnits units, ReadyForReturn ready) : PageModel
{
    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public UnitInfo? Unit { get; private set; }

    public IReadOnlyList<ReadyDossier> Ready { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? unit, CancellationToken ct)
    {
        Units = PortalUnits.Resolving(await units.HandleAsync(includeInactive: false, ct));
        if (unit is null)
        {
            return Page();
        }

        Unit = Units.FirstOrDefault(u => u.Code == unit);
        var found = await ready.HandleAsync(unit, ct);
        if (Unit is null || found.Failed)
        {
            return NotFound();
        }

        Ready = found.Value;
        return Page();
    }

    /// <summary>The list of results ready alone, for the kiosk's script to put in place of the one shown.</summary>
    public async Task<IActionResult> OnGetReadyAsync(string unit, CancellationToken ct)
    {
        var found = await ready.HandleAsync(unit, ct);
        return found.Failed ? NotFound() : Partial("/Features/Portal/_ReadyList.cshtml", found.Value);
    }
}
