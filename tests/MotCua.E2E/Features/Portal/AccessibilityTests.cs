using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Portal;

/// <summary>
/// The public pages as a screen reader and a keyboard meet them (issue 5: labels, keyboard): the language is declared,
/// there is one main heading, every control a person fills in has a name, every image a text, and the first stop of
/// the Tab order is the "skip to content" link; and every text stands out from its background (contrast). One tab goes
/// over every page, each checked for both once loaded, and every problem of every page is reported at once.
/// </summary>
public sealed class AccessibilityTests(LiveApp app, Browser browser)
{
    public static readonly IReadOnlyList<string> PublicPages =
    [
        "/",
        "/thu-tuc?q=khai%20sinh",
        "/thu-tuc/1.001193.000.00.00.H10",
        "/tra-cuu",
        "/phan-anh",
        "/phan-anh/cong-khai",
        "/kiosk/PL-LONGTHUY",
        "/cong-dan/dang-ky",
        "/cong-dan/dang-nhap",
        "/cong-dan/quen-mat-khau",
    ];

    private const string Unnamed = """
            () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
                .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')
                             && !(e.tagName === 'BUTTON' && e.textContent.trim()) && !(e.type === 'submit' && e.value))
                .map(e => e.outerHTML.slice(0, 120))
            """;

    /// <summary>
    /// WCAG 2.2 success criterion 1.4.3: every visible text has a contrast ratio of at least 4.5:1 with what is behind
    /// it, 3:1 when large (24 px, or 18.66 px bold). The colour behind is found by blending the backgrounds of the
    /// text's ancestors, as the browser paints them; background images are not used on these pages.
    /// </summary>
    private const string WeakContrast = """
            () => {
              const rgba = c => { const m = c.match(/[\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
              const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
              const luminance = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              const behind = e => { const layers = []; for (let n = e; n; n = n.parentElement) layers.push(rgba(getComputedStyle(n).backgroundColor)); return layers.reduceRight((under, layer) => over(layer, under), [255, 255, 255, 1]); };
              const texts = [...document.body.querySelectorAll('*')].filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())
                && e.getClientRects().length && getComputedStyle(e).visibility === 'visible' && !e.closest('[aria-hidden=true], .visually-hidden, .skip:not(:focus)'));
              return texts.flatMap(e => {
                const style = getComputedStyle(e), back = behind(e), fore = over(rgba(style.color), back);
                const [a, b] = [luminance(fore), luminance(back)].sort((x, y) => y - x), ratio = (a + 0.05) / (b + 0.05);
                const size = parseFloat(style.fontSize), large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
                return ratio + 1e-9 >= (large ? 3 : 4.5) ? [] : [`${ratio.toFixed(2)} ${style.color} on ${back.slice(0, 3)}: ${e.outerHTML.slice(0, 100)}`];
              });
            }
            """;

    [Fact]
    public async Task The_public_pages_name_their_language_heading_controls_and_images_and_every_text_has_enough_contrast()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in PublicPages)
        {
            (await page.GotoAsync(path))!.Status.ShouldBe(200, path);
            problems.AddRange((await ProblemsAsync(page)).Select(problem => $"{path}: {problem}"));
        }

        problems.ShouldBeEmpty();
        await context.CloseAsync();
    }

    private static async Task<List<string>> ProblemsAsync(IPage page)
    {
        var problems = new List<string>();
        if (await page.Locator("html").GetAttributeAsync("lang") is not "vi")
        {
            problems.Add("the page does not say it is in Vietnamese (lang=\"vi\")");
        }

        if (await page.Locator("h1").CountAsync() is var headings and not 1)
        {
            problems.Add($"{headings} main headings instead of one");
        }

        problems.AddRange((await page.EvaluateAsync<string[]>(Unnamed)).Select(e => "a control without a name: " + e));
        if (await page.Locator("img:not([alt])").CountAsync() is var bare and > 0)
        {
            problems.Add($"{bare} images without a text");
        }

        // First in the tab order (pages that focus their main box on opening, like the kiosk's QR box, still start with it).
        if (await page.EvaluateAsync<string>("() => document.querySelector('a[href], button, input:not([type=hidden]), select, textarea').getAttribute('href')") is var first and not "#main")
        {
            problems.Add($"the first stop of the Tab order leads to {first}, not to the content");
        }

        problems.AddRange((await page.EvaluateAsync<string[]>(WeakContrast)).Select(e => "too little contrast: " + e));
        return problems;
    }
}
