using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E;

public static class Accessibility
{
    /// <summary>No axe-core violation on the page as it stands; a screenshot of it kept in the temp folder for a look.</summary>
    public static async Task ShouldPassAxeAsync(this IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"{name}.png"), FullPage = true });
        var result = await page.RunAxe();
        result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty();
        result.Passes.ShouldNotBeEmpty();
    }
}
