using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Portal;

/// <summary>
/// The public pages as a screen reader and a keyboard meet them (issue 5: labels, keyboard): the language is declared,
/// there is one main heading, every control a person fills in has a name, every image a text, and the first stop of
/// the Tab order is the "skip to content" link.
/// </summary>
public sealed class AccessibilityTests(LiveApp app, Browser browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/thu-tuc?q=khai%20sinh")]
    [InlineData("/thu-tuc/1.001193.000.00.00.H10")]
    [InlineData("/tra-cuu")]
    [InlineData("/phan-anh")]
    [InlineData("/phan-anh/cong-khai")]
    [InlineData("/kiosk/PL-LONGTHUY")]
    [InlineData("/cong-dan/dang-ky")]
    [InlineData("/cong-dan/dang-nhap")]
    public async Task A_public_page_names_its_language_heading_controls_and_images(string path)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();

        (await page.GotoAsync(path))!.Status.ShouldBe(200);

        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("vi");
        (await page.Locator("h1").CountAsync()).ShouldBe(1);
        var unnamed = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
                .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')
                             && !(e.tagName === 'BUTTON' && e.textContent.trim()) && !(e.type === 'submit' && e.value))
                .map(e => e.outerHTML.slice(0, 120))
            """);
        unnamed.ShouldBeEmpty();
        (await page.Locator("img:not([alt])").CountAsync()).ShouldBe(0);
        // First in the tab order (pages that focus their main box on opening, like the kiosk's QR box, still start with it).
        (await page.EvaluateAsync<string>("() => document.querySelector('a[href], button, input:not([type=hidden]), select, textarea').getAttribute('href')")).ShouldBe("#main");
        await context.CloseAsync();
    }
}
