using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Catalog;

public sealed class FindProcedureTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task An_officer_finds_a_procedure_typed_without_diacritics_and_opens_its_page()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "tiepnhan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Danh mục TTHC" }).ClickAsync();
        await page.GetByRole(AriaRole.Searchbox).FillAsync("dang ky khai sinh");
        await page.GetByRole(AriaRole.Searchbox).PressAsync("Enter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thủ tục đăng ký khai sinh", Exact = true }).ClickAsync();

        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).ShouldBe("Thủ tục đăng ký khai sinh");
        (await page.Locator("dl.facts").TextContentAsync())!.ShouldContain("1 ngày làm việc");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Thành phần hồ sơ" }).IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("table.list").First.TextContentAsync())!.ShouldContain("Tờ khai đăng ký khai sinh");
        page.Url.ShouldEndWith("/Catalog/Detail/1.001193.000.00.00.H10");
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Catalog");

        page.Url.ShouldContain("/Account/Login");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).ShouldBe("Đăng nhập cán bộ");
    }
}
