using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Reviews;

/// <summary>A unit's year of review and simplification against its targets, printable (<see cref="SimplificationDashboard"/>).</summary>
public sealed class DashboardModel(SimplificationDashboard dashboard, ListUnits units, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public SimplificationAnswer? Answer { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await units.HandleAsync(includeInactive: false, ct);
        Year ??= DossierPeriod.Today(clock).Year;
        if (string.IsNullOrWhiteSpace(UnitCode))
        {
            return;
        }

        var outcome = await dashboard.HandleAsync(new SimplificationQuery(UnitCode, Year), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            return;
        }

        Answer = outcome.Value;
    }
}
