using System.Globalization;
using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Dashboard;

public sealed class DashboardTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_leader_opens_the_dashboard_from_the_menu_and_sees_the_year_figures_and_a_chart()
    {
        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao");

        await leader.GetByRole(AriaRole.Link, new() { Name = "Bảng điều hành" }).ClickAsync();
        // The demo dossiers span the last year: a year up to today holds them.
        var today = DateTime.UtcNow.AddHours(7).Date;
        await leader.GetByLabel("Từ ngày").FillAsync(today.AddDays(-364).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await leader.GetByLabel("Đến ngày").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await leader.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();

        var received = await leader.Locator("tr[data-figures=totals] td").First.TextContentAsync();
        int.Parse(received!.Trim(), CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        var chart = leader.Locator(".dashboard-charts svg").First;
        (await chart.IsVisibleAsync()).ShouldBeTrue();
        (await chart.Locator("text").AllTextContentsAsync()).Select(t => t.Trim()).ShouldContain("Tiếp nhận");
        (await leader.Locator("[data-rate=onlineShare] dd").TextContentAsync())!.ShouldContain("%");
        await leader.GetByRole(AriaRole.Heading, new() { Name = "Năng suất" }).WaitForAsync();
    }
}
