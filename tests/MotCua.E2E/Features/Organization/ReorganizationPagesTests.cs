using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Organization;

/// <summary>Issue 17: an administrator records a reorganization act from the menu, reads its preview, and withdraws it before its day.</summary>
public sealed class ReorganizationPagesTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task The_administrator_records_an_act_reads_what_it_touches_and_withdraws_it()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sắp xếp đơn vị" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Organization/Reorganizations", StringComparison.Ordinal));
        await page.ShouldPassAxeAsync("reorganizations");

        await page.GetByLabel("Số hiệu văn bản").FillAsync("99/NQ-DEMO");
        await page.GetByLabel("Trích yếu").FillAsync("Sáp nhập phường Thác Mơ vào phường Long Thủy");
        await page.GetByLabel("Ngày ban hành").FillAsync("2030-06-01");
        await page.GetByLabel("Ngày có hiệu lực").FillAsync("2030-07-01");
        await page.GetByLabel("Việc của bước 1").SelectOptionAsync("Merge");
        await page.GetByLabel("Mã đơn vị của bước 1").FillAsync("PL-THACMO");
        await page.GetByLabel("Mã đơn vị đích của bước 1").FillAsync("PL-LONGTHUY");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận, xem trước" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/Organization/Reorganization/", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.ShouldContain("99/NQ-DEMO");
        (await page.Locator("main").TextContentAsync())!.ShouldContain("Sáp nhập Ủy ban nhân dân phường Thác Mơ (PL-THACMO) vào PL-LONGTHUY");
        (await page.Locator("main").TextContentAsync())!.ShouldContain("(chuyenvien.thacmo)");
        await page.ShouldPassAxeAsync("reorganization preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();

        await page.GetByText("Đã thu hồi").WaitForAsync();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Thông qua" }).CountAsync()).ShouldBe(0);
    }
}
