using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Dossiers;

public sealed partial class IntakeAtTheDeskTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_receptionist_receives_a_birth_registration_and_the_leader_assigns_it()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận hồ sơ" }).ClickAsync();
        await page.GetByLabel("Tìm thủ tục").FillAsync("dang ky khai sinh");
        await page.GetByLabel("Tìm thủ tục").PressAsync("Enter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thủ tục đăng ký khai sinh", Exact = true }).ClickAsync();

        await page.GetByLabel("Đơn vị giải quyết").SelectOptionAsync("PL-LONGTHUY");
        await page.GetByLabel("Họ và tên").FillAsync("Trần Thị Bình");
        await page.GetByLabel("Số định danh cá nhân").FillAsync("070190001234");
        await page.GetByLabel("Điện thoại").FillAsync("0987654321");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và cấp mã hồ sơ" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).TextContentAsync())!.ShouldContain("Thiếu thành phần bắt buộc");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Tờ khai đăng ký khai sinh theo mẫu" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và cấp mã hồ sơ" }).ClickAsync();

        var heading = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!;
        var code = DossierCode().Match(heading).Value;
        code.ShouldStartWith("000.17.31.H10-");
        (await page.Locator(".tag.status").TextContentAsync()).ShouldBe("Đang giải quyết");

        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao.xa");
        await leader.GotoAsync($"/Dossiers/Detail/{code}");
        await leader.GetByLabel("Cán bộ (tên đăng nhập)").FillAsync("chuyenvien.xa");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Phân công" }).ClickAsync();
        (await leader.Locator("dl.facts").TextContentAsync())!.ShouldContain("chuyenvien.xa");
        (await leader.Locator("table.list").Last.TextContentAsync())!.ShouldContain("Phân công");
    }

    [GeneratedRegex(@"\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}")]
    private static partial Regex DossierCode();
}
