using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OtpNet;
using Shouldly;

namespace MotCua.E2E.Features.Account;

/// <summary>
/// Issue 14: an officer turns on two-factor sign-in as he would with his phone — the key read from the page, the code
/// computed as an authenticator app does — then signs out and in again with a code. The enrolment page passes axe-core.
/// </summary>
public sealed class TwoFactorJourneyTests(LiveApp app, Browser browser)
{
    private const string Password = "MatKhauRatDai1";

    [Fact]
    public async Task An_officer_turns_on_two_factor_sign_in_and_signs_in_again_with_a_code()
    {
        var userName = await NewOfficerAsync();
        var page = await OfficerSession.SignInAsync(browser, app, userName, Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Xác thực hai lớp" }).ClickAsync();
        await page.ShouldPassAxeAsync("two-factor-enrolment");
        var key = (await page.Locator("#manual-key").TextContentAsync())!.Replace(" ", string.Empty, StringComparison.Ordinal);
        var scanned = new Uri(await ScanAsync(page.Locator("figure.qr")));
        scanned.Scheme.ShouldBe("otpauth");
        scanned.Query.ShouldContain($"secret={key}");
        scanned.Query.ShouldContain("issuer=MotCua");
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.GetByLabel("Mã xác thực", new() { Exact = true }).FillAsync(totp.ComputeTotp(app.Clock.GetUtcNow().UtcDateTime));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai lớp" }).ClickAsync();
        (await page.Locator("ol.recovery-codes li").CountAsync()).ShouldBe(10);
        await Assertions.Expect(page.GetByText("Xác thực hai lớp đang bật")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));
        await OfficerSession.PasswordAsync(page, userName, Password);

        // The code of the next 30 seconds: the current one was used to confirm, and one step ahead is allowed.
        await page.GetByLabel("Mã xác thực").FillAsync(totp.ComputeTotp(app.Clock.GetUtcNow().UtcDateTime.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".who")).ToHaveTextAsync("Đỗ Văn Hai Lớp");
        await page.Context.CloseAsync();
    }

    /// <summary>What a phone's camera reads in the QR code on the screen (zbarimg, as the printed receipts are checked).</summary>
    private static async Task<string> ScanAsync(ILocator qr)
    {
        var image = Path.Combine(Path.GetTempPath(), $"motcua-qr-{Guid.NewGuid():N}.png");
        await qr.ScreenshotAsync(new() { Path = image });
        try
        {
            var start = new ProcessStartInfo("zbarimg", ["--raw", "--quiet", image]) { RedirectStandardOutput = true };
            using var zbar = Process.Start(start)!;
            var text = await zbar.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await zbar.WaitForExitAsync(TestContext.Current.CancellationToken);
            return text.Trim();
        }
        finally
        {
            File.Delete(image);
        }
    }

    /// <summary>An officer of his own, created by the demo administrator through the API, so that no other test meets his second factor.</summary>
    private async Task<string> NewOfficerAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = new HttpClient { BaseAddress = app.BaseAddress };
        var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = OfficerSession.DemoPassword }, ct);
        login.EnsureSuccessStatusCode();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString());
        var userName = $"hl{Guid.NewGuid():N}"[..12];
        (await api.PutAsJsonAsync("/api/v1/officers", new
        {
            userName, fullName = "Đỗ Văn Hai Lớp", password = Password, roles = new[] { new { role = "specialist", unitCode = "PL-TNMT" } },
        }, ct)).EnsureSuccessStatusCode();
        return userName;
    }
}
