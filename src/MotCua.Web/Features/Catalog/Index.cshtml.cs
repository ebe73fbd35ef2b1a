using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Catalog;

public sealed class IndexModel(SearchProcedures search, ListFields fields, ListUnits units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    // Not "page": Razor Pages keeps that route value for the page path, so it would never bind.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<ProcedureSummary>? Result { get; private set; }

    public Error? Problem { get; private set; }

    public IReadOnlyList<FieldInfo> Fields { get; private set; } = [];

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public bool CanEdit => OfficerClaims.HasRole(User, Role.KsttOfficer) || OfficerClaims.HasRole(User, Role.Administrator);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Fields = await fields.HandleAsync(ct);
        Units = await units.HandleAsync(includeInactive: false, ct);
        var page = PageRequest.From(PageNumber, 25);
        var outcome = page.Failed ? page.Error : await search.HandleAsync(new ProcedureQuery(Q, Field, UnitCode, Level, Channel, null), page.Value, ct);
        Result = outcome.Failed ? null : outcome.Value;
        Problem = outcome.Error;
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["field"] = Field, ["level"] = Level, ["unitCode"] = UnitCode, ["channel"] = Channel, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
