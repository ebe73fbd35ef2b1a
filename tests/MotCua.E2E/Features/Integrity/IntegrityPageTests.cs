using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Integrity;

public sealed class IntegrityPageTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task The_administrator_opens_the_integrity_check_from_the_menu_and_reads_an_intact_record()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Toàn vẹn dữ liệu" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/Integrity", StringComparison.Ordinal));
        (await page.Locator("h1").CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.ShouldStartWith("Toàn vẹn dữ liệu");
        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldBe("Toàn vẹn: không có chuỗi nào bị phá vỡ.");
        (await page.Locator(".count").TextContentAsync())!.ShouldMatch(@"\d+ chuỗi, \d+ bản ghi");
    }

    [Fact]
    public async Task A_desk_officer_is_turned_away()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");

        (await page.GotoAsync("/Integrity"))!.Url.ShouldContain("/Account/Denied");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Toàn vẹn dữ liệu" }).CountAsync()).ShouldBe(0);
    }
}
