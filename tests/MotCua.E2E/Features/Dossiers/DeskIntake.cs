using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MotCua.E2E.Features.Dossiers;

/// <summary>The desk's intake of a birth registration at the Long Thủy ward, as the receptionist goes through it.</summary>
public static partial class DeskIntake
{
    public const string Declaration = "Tờ khai đăng ký khai sinh theo mẫu";
    public const string BirthCertificate = "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh";

    /// <summary>From the menu to the procedure's intake form (found without diacritics), with the applicant filled in.</summary>
    public static async Task FillBirthRegistrationAsync(IPage page, string fullName, string idNumber, string phone)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();
        await page.GetByLabel("Tìm thủ tục").FillAsync("dang ky khai sinh");
        await page.GetByLabel("Tìm thủ tục").PressAsync("Enter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thủ tục đăng ký khai sinh", Exact = true }).ClickAsync();

        await page.GetByLabel("Đơn vị giải quyết").SelectOptionAsync("PL-LONGTHUY");
        await page.GetByLabel("Họ và tên").FillAsync(fullName);
        await page.GetByLabel("Số định danh cá nhân").FillAsync(idNumber);
        await page.GetByLabel("Điện thoại").FillAsync(phone);
    }

    public static async Task TickBothComponentsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Checkbox, new() { Name = Declaration }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = BirthCertificate }).CheckAsync();
    }

    public static Task ReceiveAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và cấp mã hồ sơ" }).ClickAsync();

    /// <summary>The code in the heading of the dossier's page.</summary>
    public static async Task<string> CodeAsync(IPage page) =>
        DossierCode().Match((await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!).Value;

    [GeneratedRegex(@"\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}")]
    private static partial Regex DossierCode();
}
