using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.PersonalData;

/// <summary>Nhật ký truy cập dữ liệu cá nhân: a unit's access log for a period, filtered by officer, dossier and action.</summary>
public sealed class IndexModel(ListAccesses list, ListUnits units, DossierRegister register) : UnitPeriodPage<Paged<AccessEntry>>(register)
{
    [BindProperty(SupportsGet = true)]
    public string? Officer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DossierCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    // Not "page": Razor Pages keeps that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public IReadOnlyDictionary<string, string> UnitNames { get; private set; } = new Dictionary<string, string>();

    protected override bool StartsOnFirstUnit => true;

    public string UnitName(string? code) => code is null ? string.Empty : UnitNames.GetValueOrDefault(code, code);

    /// <summary>The query string of the filters shown, for the pager and the workbook.</summary>
    public string Filters => Query.ToString();

    public string PageLink(int page) => "/PersonalData" + Query.Add("p", page.ToString(CultureInfo.InvariantCulture));

    private QueryString Query => QueryString.Create(new Dictionary<string, string?>
    {
        ["unitCode"] = UnitCode, ["from"] = From, ["to"] = To, ["officer"] = Officer, ["dossierCode"] = DossierCode, ["action"] = ActionName,
    }.Where(f => !string.IsNullOrEmpty(f.Value)));

    protected override async Task<Outcome<Paged<AccessEntry>>> QueryAsync(string? unitCode, string from, string to, CancellationToken ct)
    {
        UnitNames = (await units.HandleAsync(includeInactive: true, ct)).ToDictionary(u => u.Code, u => u.Name);
        var page = PageRequest.From(PageNumber, 50);
        return page.Failed ? page.Error : await list.HandleAsync(new AccessLogQuery(unitCode, from, to, Officer, DossierCode, ActionName), page.Value, ct);
    }
}
