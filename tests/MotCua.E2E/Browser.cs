using Microsoft.Playwright;

namespace MotCua.E2E;

/// <summary>
/// One headless Debian Chromium for the whole assembly (starting one costs ~1 s and ~600 MB);
/// each test opens its own context, so cookies never leak between tests.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Instance = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        TestContext.Current.SendDiagnosticMessage($"Chromium {Instance.Version}");

        // Assertions wait for the page as long as actions do (OfficerSession): printing and first page
        // compilations are slow on a two-core machine under load.
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    public async ValueTask DisposeAsync()
    {
        await Instance.DisposeAsync();
        playwright?.Dispose();
    }
}
