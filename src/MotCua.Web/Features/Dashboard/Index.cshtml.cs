using System.Globalization;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Dashboard;

/// <summary>Bảng điều hành: the dashboard of one of the officer's units (and the units under it) for a period, printable.</summary>
public sealed class IndexModel(GetDashboard dashboard, DossierRegister register) : UnitPeriodPage<DashboardReport>(register)
{
    protected override bool StartsOnFirstUnit => true;

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.CurrentCulture) : "—";

    /// <summary>A share as the page shows it, or "no data" when nothing was counted.</summary>
    public static string Percent(decimal? value) => value is { } v ? Number(v) + " %" : Text.Pick("Không có dữ liệu", "No data");

    /// <summary>A chart for the page, inline.</summary>
    public string Chart(string name) => Result is { } report ? DashboardCharts.Inline(DashboardCharts.Svg(name, report)) : string.Empty;

    protected override Task<Outcome<DashboardReport>> QueryAsync(string? unitCode, string from, string to, CancellationToken ct) =>
        dashboard.HandleAsync(new DashboardQuery(unitCode, from, to), ct);
}
