using Microsoft.Playwright;

namespace MotCua.E2E.Security;

/// <summary>
/// What the Content-Security-Policy refused on a page (issue 14, finding 10): Chromium reports each refusal both on the
/// console and as a securitypolicyviolation event, and both are collected from every page the browser tab opens.
/// <c>window.print</c> is replaced, so that a test can press a print button and see that its script ran.
/// </summary>
public sealed class PolicyWatch
{
    private const string Collector = """
        window.violations = [];
        document.addEventListener('securitypolicyviolation', e => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
        window.print = () => window.printed = true;
        """;

    private readonly IPage page;
    private readonly List<string> console = [];

    private PolicyWatch(IPage page)
    {
        this.page = page;
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                console.Add(message.Text);
            }
        };
    }

    /// <summary>Watches <paramref name="page"/> from its next navigation on.</summary>
    public static async Task<PolicyWatch> OnAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddInitScriptAsync(Collector);
        return new PolicyWatch(page);
    }

    /// <summary>The refusals on the page shown, and on the console since the last call, each named after <paramref name="path"/>.</summary>
    public async Task<IReadOnlyList<string>> RefusedAsync(string path)
    {
        var refused = (await page.EvaluateAsync<string[]>("() => window.violations")).Concat(console).Select(v => $"{path}: {v}").ToList();
        console.Clear();
        return refused;
    }
}
