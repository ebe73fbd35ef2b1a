using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Organization;

public sealed class OfficersModel(ListOfficers list, ListUnits units) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    // Not "page": Razor Pages keeps that route value for the page path, so it would never bind.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<OfficerInfo>? Result { get; private set; }

    public IReadOnlyDictionary<string, string> UnitNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = PageRequest.From(PageNumber, 25);
        if (page.Failed)
        {
            Refuse(page.Error);
            return;
        }

        Result = await list.HandleAsync(Q, page.Value, ct);
        UnitNames = (await units.HandleAsync(includeInactive: true, ct)).ToDictionary(u => u.Code, u => u.Name);
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
