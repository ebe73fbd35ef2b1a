using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.Portal;

/// <summary>
/// Issue 18, item 12: on a phone the header is compact with one way to sign in, and nothing is wider than the screen;
/// the site has an icon; the kiosk refreshes its list of results ready in place, with no meta refresh. Item 9: a citizen
/// submitting online on a phone finds her own ward chosen and each component, with its reuse choice, on the screen.
/// </summary>
public sealed class PhoneLayoutTests(LiveApp app, Browser browser)
{
    [Theory]
    [InlineData(390, 844, "/")]
    [InlineData(320, 640, "/")]
    [InlineData(390, 844, "/tra-cuu")]
    [InlineData(320, 640, "/thu-tuc?q=khai%20sinh")]
    public async Task A_public_page_on_a_phone_has_a_compact_header_one_sign_in_and_no_overflow(int width, int height, string path)
    {
        var page = await OpenAsync(width, height);
        await page.GotoAsync(path);

        var header = (await page.Locator("header.top").BoundingBoxAsync())!;
        header.Height.ShouldBeLessThan(120);
        await Expect(page.Locator("header.top").GetByRole(AriaRole.Link, new() { NameRegex = new("Đăng nhập") })).ToHaveCountAsync(1);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
        foreach (var button in await page.Locator("main button").AllAsync())
        {
            var box = (await button.BoundingBoxAsync())!;
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(width);
        }

        if (width != 390 || !MostUsedPagesTests.PublicPages.Contains(path))
        {
            // At 390 px the sweep of the most used pages has checked these already.
            await page.ShouldPassAxeAsync($"phone-{width}{path.Split('?')[0].Replace('/', '-')}");
        }
    }

    [Fact]
    public async Task A_citizen_submitting_on_a_phone_finds_her_ward_chosen_and_each_component_with_its_reuse_choice_on_screen()
    {
        var page = await OpenAsync(390, 844);
        await page.GotoAsync("/cong-dan/nop-ho-so/1.001193.000.00.00.H10");
        // The demo citizen lives in phường Long Thủy, not in the first commune of the list (xã Đak Ơ), and has papers to reuse.
        await page.GetByLabel("Thư điện tử hoặc số điện thoại").FillAsync(MotCua.Web.Data.Seed.DemoCitizen.Email);
        await page.GetByLabel("Mật khẩu").FillAsync(OfficerSession.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Nộp hồ sơ trực tuyến");
        await Expect(page.GetByLabel("Cơ quan giải quyết")).ToHaveValueAsync("PL-LONGTHUY");
        // Her earlier birth certificate may stand for this one's; her earlier declaration may not (made anew for each dossier).
        await Expect(page.GetByLabel("Hoặc dùng lại giấy tờ đã nộp: Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Hoặc dùng lại giấy tờ đã nộp: Tờ khai đăng ký khai sinh theo mẫu")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        foreach (var field in await page.Locator("main :is(input:not([type=hidden]), select, button)").AllAsync())
        {
            var box = (await field.BoundingBoxAsync())!;
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(390);
        }

        await page.ShouldPassAxeAsync("phone-390-cong-dan-nop-ho-so");
    }

    [Fact]
    public async Task The_sign_in_link_leads_citizens_to_theirs_and_officers_to_their_own()
    {
        var page = await OpenAsync(390, 844);
        await page.GotoAsync("/");

        await page.Locator("header.top").GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng nhập công dân");
        await page.GetByRole(AriaRole.Link, new() { Name = "đăng nhập hệ thống một cửa" }).ClickAsync();

        await Expect(page.GetByLabel("Tên đăng nhập")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task The_site_has_an_icon(string path, string type)
    {
        var answer = await (await OpenAsync(390, 844)).APIRequest.GetAsync(path);

        answer.Status.ShouldBe(200);
        answer.Headers["content-type"].ShouldBe(type);
        (await answer.BodyAsync()).Length.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task The_kiosk_refreshes_its_results_in_place_without_reloading_or_a_meta_refresh()
    {
        var page = await OpenAsync(1280, 900);
        await page.Clock.InstallAsync();
        await page.RouteAsync("**/kiosk/PL-LONGTHUY?handler=Ready", route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = "<table class=\"list ready\"><tbody><tr><td><code>KIOSK-TEST-0001</code></td><td>N** V** A**</td><td>Đăng ký khai sinh</td></tr></tbody></table>",
        }));
        await page.GotoAsync("/kiosk/PL-LONGTHUY");
        await page.ShouldPassAxeAsync("kiosk");
        (await page.Locator("meta[http-equiv=refresh]").CountAsync()).ShouldBe(0);
        await page.EvaluateAsync("() => window.notReloaded = true");
        await Expect(page.Locator("#ready")).Not.ToContainTextAsync("KIOSK-TEST-0001");

        await page.Clock.RunForAsync(61_000);

        await Expect(page.Locator("#ready")).ToContainTextAsync("KIOSK-TEST-0001");
        (await page.EvaluateAsync<bool>("() => window.notReloaded === true")).ShouldBeTrue();
        await Expect(page.Locator("#code")).ToBeFocusedAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1280);
    }

    private async Task<IPage> OpenAsync(int width, int height)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN", ViewportSize = new() { Width = width, Height = height },
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }
}
