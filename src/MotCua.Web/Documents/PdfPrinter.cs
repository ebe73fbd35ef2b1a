using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace MotCua.Web.Documents;

/// <summary>
/// Prints HTML to PDF in one headless Chromium per process. The browser starts on the first print
/// (~1 s) and stays warm; a few pages are reused, so a print costs well under a second and a burst of
/// requests queues instead of starting browsers (~400 MB each).
/// </summary>
public sealed class PdfPrinter(IOptions<DocumentOptions> options, ILogger<PdfPrinter> logger) : IAsyncDisposable
{
    private static readonly string[] LaunchArgs =
        ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly DocumentOptions settings = options.Value;
    private readonly SemaphoreSlim startLock = new(1, 1);
    private readonly SemaphoreSlim pageSlots = new(options.Value.Pages, options.Value.Pages);
    private readonly ConcurrentBag<IPage> idlePages = [];
    private IPlaywright? playwright;
    private IBrowser? browser;
    private bool disposed;

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await pageSlots.WaitAsync(ct);
        try
        {
            var page = await TakePageAsync(ct);
            try
            {
                // Playwright takes no token: abandoning a cancelled print closes its page below.
                await page.SetContentAsync(html).WaitAsync(ct);
                var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }).WaitAsync(ct);
                idlePages.Add(page);
                return pdf;
            }
            catch
            {
                await DiscardAsync(page);
                throw;
            }
        }
        finally
        {
            pageSlots.Release();
        }
    }

    private async Task<IPage> TakePageAsync(CancellationToken ct)
    {
        // Pages of a browser that crashed are closed; they are dropped here and replaced.
        while (idlePages.TryTake(out var page))
        {
            if (!page.IsClosed)
            {
                return page;
            }
        }

        return await (await BrowserAsync(ct)).NewPageAsync();
    }

    private static async Task DiscardAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Gone with its browser already; the print's own error is the one to report.
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (browser is { IsConnected: true } running)
        {
            return running;
        }

        await startLock.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true } started)
            {
                return started;
            }

            var clock = Stopwatch.StartNew();
            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = settings.ChromiumPath,
                Headless = true,
                Args = LaunchArgs,
            });
            logger.LogInformation("Chromium {Version} started for PDF printing in {Elapsed} ms", browser.Version, clock.ElapsedMilliseconds);
            return browser;
        }
        finally
        {
            startLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        startLock.Dispose();
        pageSlots.Dispose();
    }
}
