using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Portal;

/// <summary>Tra cứu thủ tục for citizens: by words (forgiving), by field, by unit, by life event.</summary>
public sealed class ProceduresModel(SearchProcedures search, ListFields fields, ListUnits units) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "event")]
    public string? Event { get; set; }

    // Not "page": Razor Pages keeps that route value for the page path, so it would never bind.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<ProcedureSummary>? Result { get; private set; }

    public IReadOnlyList<FieldInfo> Fields { get; private set; } = [];

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public LifeEvent? LifeEvent => LifeEvents.Find(Event);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Fields = await fields.HandleAsync(ct);
        Units = PortalUnits.Resolving(await units.HandleAsync(includeInactive: false, ct));
        var page = PageRequest.From(PageNumber, 20);
        var outcome = page.Failed ? page.Error : await search.HandleAsync(new ProcedureQuery(Q, Field, UnitCode, null, null, null, Event), page.Value, ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            return;
        }

        Result = outcome.Value;
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["field"] = Field, ["unit"] = UnitCode, ["event"] = Event, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
