using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E;

public static class Accessibility
{
    /// <summary>
    /// axe-core reporting each passed or inapplicable rule by one element rather than all of them: its documented way to
    /// keep big pages (the inbox, the catalog) quick, with every violation still listed in full.
    /// </summary>
    private static readonly AxeRunOptions ViolationsInFull = new() { ResultTypes = [ResultType.Violations] };

    public static Task<AxeResult> RunAxeForViolationsAsync(this IPage page) => page.RunAxe(ViolationsInFull);

    /// <summary>Set to 1 to keep a screenshot of each page checked, for a look at what changed; off, the run is shorter.</summary>
    public const string ScreenshotsVariable = "MOTCUA_E2E_SCREENSHOTS";

    /// <summary>No axe-core violation on the page as it stands; with <see cref="ScreenshotsVariable"/>, a screenshot of it kept in the temp folder.</summary>
    public static async Task ShouldPassAxeAsync(this IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) == "1")
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"{name}.png"), FullPage = true });
        }

        var result = await page.RunAxeForViolationsAsync();
        result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty();
        result.Passes.ShouldNotBeEmpty();
    }
}
