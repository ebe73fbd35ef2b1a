using Microsoft.Playwright;

namespace MotCua.E2E;

/// <summary>Signs an officer in through the real sign-in page.</summary>
public static class OfficerSession
{
    public const string DemoPassword = "MotCua@2024";

    public static async Task<IPage> SignInAsync(Browser browser, LiveApp app, string userName, string password = DemoPassword)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        // Printing PDFs and first page compilations are slow on a two-core machine under load.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await PasswordAsync(page, userName, password);
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>The sign-in page's first step, on the page already open.</summary>
    public static async Task PasswordAsync(IPage page, string userName, string password)
    {
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }
}
