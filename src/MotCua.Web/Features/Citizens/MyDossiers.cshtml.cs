using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Citizens;

/// <summary>Hồ sơ của tôi: the citizen's dossiers, their status changes, fees, rating and the electronic result.</summary>
public sealed class MyDossiersModel(ListMyDossiers list, DownloadMyResult result, LinkDossier link) : FormPage
{
    // Not "page": Razor Pages keeps that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    /// <summary>The code of the dossier just submitted, to confirm it.</summary>
    [BindProperty(SupportsGet = true, Name = "nop")]
    public string? Submitted { get; set; }

    /// <summary>The code of the desk dossier just added to the account, to confirm it.</summary>
    [BindProperty(SupportsGet = true, Name = "them")]
    public string? Linked { get; set; }

    [BindProperty]
    public LinkRequest Link { get; set; } = new(null, null);

    public Paged<MyDossier>? Dossiers { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = PageRequest.From(PageNumber, 20);
        if (page.Failed)
        {
            Refuse(page.Error);
            return;
        }

        Dossiers = await list.HandleAsync(page.Value, ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken ct)
    {
        var linked = await link.HandleAsync(Link, ct);
        if (linked.Failed)
        {
            Refuse(linked.Error);
            Dossiers = await list.HandleAsync(PageRequest.From(null, 20).Value, ct);
            return Page();
        }

        return Redirect($"{CitizenSession.Home}?them={Uri.EscapeDataString(linked.Value.Code)}");
    }

    public async Task<IActionResult> OnGetResultAsync(string code, CancellationToken ct)
    {
        var file = await result.HandleAsync(code, ct);
        if (file.Failed)
        {
            return NotFound();
        }

        return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
    }

    public string PageLink(int page) => $"{CitizenSession.Home}?p={page}";
}
