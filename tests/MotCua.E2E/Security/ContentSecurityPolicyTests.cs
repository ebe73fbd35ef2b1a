using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Security;

/// <summary>
/// Finding 10 of issue 14: the pages run under a Content-Security-Policy without inline script or style, so a page
/// that still had an inline script, an onclick= or a style attribute would lose it (<see cref="PolicyWatch"/>). The
/// twenty most used pages are watched by their axe sweep (<see cref="Features.MostUsedPagesTests"/>); these are the
/// others, crawled in one tab each for the public and for an officer.
/// </summary>
public sealed class ContentSecurityPolicyTests(LiveApp app, Browser browser)
{
    public static readonly IReadOnlyList<string> PublicPages =
        ["/phan-anh/cong-khai", "/kiosk/PL-LONGTHUY", "/chi-so-phuc-vu", "/cong-dan/dang-ky", "/scalar"];

    public static readonly IReadOnlyList<string> OfficerPages =
        ["/Targets", "/Reviews/Dashboard", "/Organization/Units", "/Calendar", "/Feedback", "/Account/TwoFactor"];

    [Fact]
    public async Task The_public_pages_break_no_rule_of_the_policy()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);

        (await RefusedAsync(await context.NewPageAsync(), PublicPages)).ShouldBeEmpty();
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_officer_pages_break_no_rule_of_the_policy()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "admin");

        (await RefusedAsync(page, OfficerPages)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_print_button_of_the_dashboard_still_prints()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "lanhdao");
        await PolicyWatch.OnAsync(page);
        await page.GotoAsync("/Dashboard");

        await page.GetByRole(AriaRole.Button, new() { Name = "In" }).ClickAsync();

        (await page.EvaluateAsync<bool>("() => window.printed === true")).ShouldBeTrue();
        await page.Context.CloseAsync();
    }

    private static async Task<List<string>> RefusedAsync(IPage page, IReadOnlyList<string> paths)
    {
        var watch = await PolicyWatch.OnAsync(page);
        var refused = new List<string>();
        foreach (var path in paths)
        {
            (await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle }))!.Status.ShouldBe(200, path);
            refused.AddRange(await watch.RefusedAsync(path));
        }

        return refused;
    }
}
