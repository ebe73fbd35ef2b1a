using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Indicators.Public;

/// <summary>Chỉ số phục vụ người dân, doanh nghiệp: the public ranking of units for a month or a week, no account needed.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Common.Security.Throttling.Public)]
public sealed class ServiceIndexModel(RankUnits rank, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ParentCode { get; set; }

    public PublicServiceIndex? Result { get; private set; }

    /// <summary>The periods a visitor picks without typing: this and last month, this and last week.</summary>
    public IReadOnlyList<IndexPeriod> Shortcuts { get; private set; } = [];

    public static string Link(string period, string? parentCode) =>
        $"/chi-so-phuc-vu?period={period}" + (parentCode is null ? string.Empty : $"&parentCode={Uri.EscapeDataString(parentCode)}");

    /// <summary>An arrow and the size of a change: ▲ up, ▼ down, = none, — not comparable.</summary>
    public static string Change(decimal? change, string format) => change switch
    {
        null => "—",
        > 0 => "▲ " + change.Value.ToString(format, System.Globalization.CultureInfo.CurrentCulture),
        < 0 => "▼ " + (-change.Value).ToString(format, System.Globalization.CultureInfo.CurrentCulture),
        _ => "=",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DossierPeriod.Today(clock);
        var month = IndexPeriod.MonthOf(today);
        var week = IndexPeriod.WeekOf(today);
        Shortcuts = [month, month.Previous(), week, week.Previous()];
        var outcome = await rank.HandleAsync(new PublicIndexQuery(Period, ParentCode), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            return;
        }

        Result = outcome.Value;
    }
}
