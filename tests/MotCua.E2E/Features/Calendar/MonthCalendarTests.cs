using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Calendar;

public sealed class MonthCalendarTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task An_officer_sees_Tet_2026_with_lunar_dates_and_computes_a_due_date_across_it()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");

        await page.GotoAsync("/Calendar?year=2026&month=2");

        var grid = page.GetByRole(AriaRole.Table).First;
        (await grid.TextContentAsync())!.ShouldContain("Tết Nguyên đán");
        var tet = grid.Locator("td", new() { HasText = "1/1" });
        (await tet.TextContentAsync())!.ShouldContain("17");
        (await page.GetByText("có 15 ngày làm việc").CountAsync()).ShouldBe(1);
    }
}
