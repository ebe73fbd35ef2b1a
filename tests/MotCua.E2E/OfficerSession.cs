using Microsoft.Playwright;

namespace MotCua.E2E;

/// <summary>Signs an officer in through the real sign-in page.</summary>
public static class OfficerSession
{
    public const string DemoPassword = "MotCua@2024";

    public static async Task<IPage> SignInAsync(Browser browser, LiveApp app, string userName)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        // Printing PDFs and first page compilations are slow on a two-core machine under load.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }
}
