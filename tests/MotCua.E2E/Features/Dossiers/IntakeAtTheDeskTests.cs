using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Dossiers;

public sealed class IntakeAtTheDeskTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_receptionist_receives_a_birth_registration_with_its_scan_and_the_leader_assigns_it()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");
        await DeskIntake.FillBirthRegistrationAsync(page, "Trần Thị Bình", "070190001234", "0987654321");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = DeskIntake.BirthCertificate }).UncheckAsync();
        await DeskIntake.ReceiveAsync(page);
        (await page.GetByRole(AriaRole.Alert).TextContentAsync())!.ShouldContain("Thiếu thành phần bắt buộc");

        await DeskIntake.TickBothComponentsAsync(page);
        var scan = page.GetByLabel($"Bản quét: {DeskIntake.Declaration}");
        await scan.SetInputFilesAsync(new FilePayload { Name = "to-khai.pdf", MimeType = "application/pdf", Buffer = [.. "MZ\u0090\0 not a PDF"u8] });
        await DeskIntake.ReceiveAsync(page);
        (await page.GetByRole(AriaRole.Alert).TextContentAsync())!.ShouldContain("Loại tệp không được chấp nhận");

        await scan.SetInputFilesAsync(new FilePayload { Name = "to-khai.pdf", MimeType = "application/pdf", Buffer = [.. "%PDF-1.7\n% to khai\n%%EOF\n"u8] });
        await DeskIntake.ReceiveAsync(page);

        var code = await DeskIntake.CodeAsync(page);
        code.ShouldStartWith("000.17.31.H10-");
        (await page.Locator(".tag.status").TextContentAsync()).ShouldBe("Đang giải quyết");
        (await page.Locator("table.components tr", new() { HasText = DeskIntake.Declaration }).TextContentAsync())!.ShouldContain("to-khai.pdf");

        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao.xa");
        await leader.GotoAsync($"/Dossiers/Detail/{code}");
        await leader.GetByLabel("Cán bộ xử lý").SelectOptionAsync("chuyenvien.xa");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Phân công" }).ClickAsync();
        (await leader.Locator("dl.facts").TextContentAsync())!.ShouldContain("Bùi Văn Hộ Tịch");
        (await leader.Locator("table.list").Last.TextContentAsync())!.ShouldContain("Phân công");
    }
}
