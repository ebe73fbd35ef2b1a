using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Security;

/// <summary>
/// Finding 10 of issue 14: the pages run under a Content-Security-Policy without inline script or style, so a page
/// that still had an inline script, an onclick= or a style attribute would lose it; Chromium reports each refusal
/// both on the console and as a securitypolicyviolation event, which this crawl collects.
/// </summary>
public sealed class ContentSecurityPolicyTests(LiveApp app, Browser browser)
{
    private const string Collector = """
        window.violations = [];
        document.addEventListener('securitypolicyviolation', e => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
        window.print = () => window.printed = true;
        """;

    public static TheoryData<string> PublicPages =>
    [
        "/", "/thu-tuc?q=khai%20sinh", "/thu-tuc/1.001193.000.00.00.H10", "/tra-cuu", "/phan-anh", "/phan-anh/cong-khai",
        "/kiosk/PL-LONGTHUY", "/chi-so-phuc-vu", "/cong-dan/dang-ky", "/cong-dan/dang-nhap", "/Account/Login", "/scalar",
    ];

    public static TheoryData<string> OfficerPages =>
    [
        "/Dossiers", "/Dashboard", "/Targets", "/Reviews/Dashboard", "/Organization/Units", "/Indicators", "/Reports",
        "/Plans", "/Catalog", "/Calendar", "/Feedback", "/Account/TwoFactor",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task A_public_page_breaks_no_rule_of_the_policy(string path)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();

        await ShouldBreakNoRuleAsync(page, path);
        await context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(OfficerPages))]
    public async Task An_officer_page_breaks_no_rule_of_the_policy(string path)
    {
        var page = await OfficerSession.SignInAsync(browser, app, "admin");

        await ShouldBreakNoRuleAsync(page, path);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_print_button_of_the_dashboard_still_prints()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "lanhdao");
        await page.AddInitScriptAsync(Collector);
        await page.GotoAsync("/Dashboard");

        await page.GetByRole(AriaRole.Button, new() { Name = "In" }).ClickAsync();

        (await page.EvaluateAsync<bool>("() => window.printed === true")).ShouldBeTrue();
        await page.Context.CloseAsync();
    }

    private static async Task ShouldBreakNoRuleAsync(IPage page, string path)
    {
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                console.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync(Collector);

        (await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle }))!.Status.ShouldBe(200);

        (await page.EvaluateAsync<string[]>("() => window.violations")).ShouldBeEmpty();
        console.ShouldBeEmpty();
    }
}
