using System.Globalization;
using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Indicators;

public sealed class IndicatorDrillDownTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_leader_clicks_the_late_count_of_2_1_and_sees_the_late_dossiers_behind_it()
    {
        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao");
        var today = app.Clock.Today;
        // A period ended a week ago: the index judges it from the events up to its end, so the other browser tests
        // resolving or adding dossiers meanwhile cannot change its figures between the page and the drill-down.
        var (from, to) = (today.AddDays(-90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        await leader.GotoAsync("/Indicators");
        await leader.GetByLabel("Đơn vị").SelectOptionAsync("PL");
        await leader.GetByLabel("Từ ngày").FillAsync(from);
        await leader.GetByLabel("Đến ngày").FillAsync(to);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Tính" }).ClickAsync();
        var shortfall = leader.Locator("a[data-shortfall='2.1']");
        var late = int.Parse((await shortfall.TextContentAsync())!.Trim(), CultureInfo.InvariantCulture);
        late.ShouldBeGreaterThan(0, "The demo dossiers of thị xã Phước Long hold no dossier late in the 90 days before last week.");
        await shortfall.ClickAsync();

        await leader.WaitForURLAsync(url => url.Contains("/Indicators/Records", StringComparison.Ordinal));
        (await leader.Locator("h1").TextContentAsync())!.ShouldContain("2.1");
        (await leader.Locator("#records-total").TextContentAsync())!.Trim().ShouldBe(late.ToString(CultureInfo.InvariantCulture));
        var rows = leader.Locator("#indicator-records tbody tr");
        (await rows.CountAsync()).ShouldBe(Math.Min(late, 50));
        foreach (var why in await rows.Locator("td:last-child").AllTextContentsAsync())
        {
            why.ShouldMatch("quá hạn|Yêu cầu bổ sung lần thứ hai");
        }

        var code = (await rows.First.Locator("td a").TextContentAsync())!.Trim();
        await rows.First.Locator("td a").ClickAsync();
        await leader.WaitForURLAsync(url => url.Contains($"/Dossiers/Detail/{code}", StringComparison.Ordinal));
    }
}
