using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Citizens;

/// <summary>Ai đã xem hồ sơ của tôi: the officers who read one of the citizen's dossiers, a page at a time.</summary>
public sealed class ReadersModel(ListDossierReaders readers) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    // Not "page": Razor Pages keeps that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<DossierReader>? Readers { get; private set; }

    public static string Link(string code) => $"{CitizenSession.Home}/{Uri.EscapeDataString(code)}/nguoi-xem";

    public string PageLink(int page) => $"{Link(Code)}?p={page}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var page = PageRequest.From(PageNumber, 50);
        if (page.Failed)
        {
            Refuse(page.Error);
            return Page();
        }

        var found = await readers.HandleAsync(Code, page.Value, ct);
        if (found.Failed)
        {
            return NotFound();
        }

        Readers = found.Value;
        return Page();
    }
}
