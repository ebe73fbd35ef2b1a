using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MotCua.E2E.Security;
using Shouldly;

namespace MotCua.E2E.Features;

/// <summary>
/// Issue 18's acceptance: axe-core finds no violation on the twenty pages people open most — the public ones as an
/// applicant meets them, then the officers' day (inbox, intake, a dossier, follow-up, catalog, plans) — on a desktop
/// (1280 px) and on a phone (390 px). One context and one sign-in for all of them, each page checked at both widths
/// without reloading, so that the sweep stays cheap; every violation of every page is reported at once. The
/// administrator's settings pages and the process editor, rebuilt as forms for issue 18, are checked with them. The same
/// visit watches what the Content-Security-Policy refuses on each page (<see cref="PolicyWatch"/>).
/// </summary>
public sealed class MostUsedPagesTests(LiveApp app, Browser browser)
{
    private const string Birth = "1.001193.000.00.00.H10";

    /// <summary>What an applicant opens, before anyone signs in.</summary>
    public static readonly IReadOnlyList<string> PublicPages =
        ["/", "/thu-tuc?q=khai%20sinh", $"/thu-tuc/{Birth}", "/tra-cuu", "/phan-anh", "/cong-dan/dang-nhap", "/Account/Login"];

    /// <summary>The pages issue 18 turned into forms of named fields (report settings, indicator tables, the step table).</summary>
    public static readonly IReadOnlyList<string> RebuiltPages = ["/Reports/Settings?resource=forms&version=II.06%202020", "/Indicators/Tables", $"/Catalog/Process/{Birth}"];

    /// <summary>What officers open all day; {dossier} and {plan} are the first of the inbox and of the plans.</summary>
    public static readonly IReadOnlyList<string> OfficerPages =
    [
        "/", "/Dossiers", "/Dossiers/New", $"/Dossiers/New?procedure={Birth}", "/Dossiers/Detail/{dossier}", "/Dossiers/Late",
        "/Dashboard", "/Indicators", "/Reports", "/Catalog", $"/Catalog/Edit/{Birth}", "/Plans", "/tra-cuu/{dossier}",
    ];

    [Fact]
    public async Task The_twenty_most_used_pages_have_no_axe_violation_on_a_desktop_or_a_phone()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var policy = await PolicyWatch.OnAsync(page);
        var violations = new List<string>();
        foreach (var path in PublicPages)
        {
            violations.AddRange(await CheckAsync(page, policy, path));
        }

        await OfficerSession.PasswordAsync(page, "admin", OfficerSession.DemoPassword);
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await page.GotoAsync("/Dossiers?view=unit");
        var dossier = (await page.Locator("table.inbox tbody a").First.TextContentAsync())!.Trim();
        foreach (var path in OfficerPages.Concat(RebuiltPages))
        {
            violations.AddRange(await CheckAsync(page, policy, path.Replace("{dossier}", dossier, StringComparison.Ordinal)));
        }

        (PublicPages.Count + OfficerPages.Count).ShouldBe(20);
        violations.ShouldBeEmpty();
        await context.CloseAsync();
    }

    /// <summary>
    /// The page at 1280 px then at 390 px: each width's violations (no screenshots, to keep the sweep short), what the
    /// policy refused, and how long it took.
    /// </summary>
    private static async Task<IEnumerable<string>> CheckAsync(IPage page, PolicyWatch policy, string path)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await page.SetViewportSizeAsync(1280, 900);
        (await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle }))!.Status.ShouldBe(200, path);
        var found = new List<string>(await policy.RefusedAsync(path));
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, width == 390 ? 844 : 900);
            var result = await page.RunAxeForViolationsAsync();
            found.AddRange(result.Violations.Select(v => $"{path} @ {width} px — {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        }

        TestContext.Current.SendDiagnosticMessage($"{path}: {watch.ElapsedMilliseconds} ms");
        return found;
    }
}
