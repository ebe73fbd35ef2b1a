using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Catalog;

public sealed class EditProcedureTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task The_KSTTHC_office_publishes_a_procedure_and_sees_every_error_first_in_Vietnamese()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "ksttthc");
        await page.GotoAsync("/Catalog");
        await page.GetByRole(AriaRole.Link, new() { Name = "Công bố thủ tục mới" }).ClickAsync();

        await page.GetByLabel("Mã TTHC").FillAsync("sai-ma");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var problem = (await page.GetByRole(AriaRole.Alert).TextContentAsync())!;
        problem.ShouldContain("Dữ liệu không hợp lệ");
        problem.ShouldContain("Mã TTHC không đúng dạng");
        problem.ShouldContain("Chưa nhập tên thủ tục");

        await page.GetByLabel("Mã TTHC").FillAsync("7.000001.000.00.00.H10");
        await page.GetByLabel("Tên thủ tục").FillAsync("Xác nhận thử nghiệm qua giao diện");
        await page.GetByLabel("Lĩnh vực").FillAsync("Thử nghiệm");
        await page.GetByLabel("Cấp thực hiện").SelectOptionAsync("commune");
        await page.GetByLabel("Thời hạn (ngày làm việc)").FillAsync("2");
        await page.GetByLabel("Trực tiếp tại Bộ phận Một cửa", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Trực tuyến", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Thành phần hồ sơ").FillAsync("Tờ khai | 1 | 0 | có\nCăn cước | 0 | 1 | không");
        var steps = page.GetByRole(AriaRole.Group, new() { Name = "Quy trình nội bộ" });
        foreach (var (row, name, role, hours) in new[] { (0, "Tiếp nhận", "Cán bộ tiếp nhận", "1"), (1, "Xác minh", "Chuyên viên xử lý", "8"), (2, "Ký", "Lãnh đạo", "2") })
        {
            await steps.GetByLabel("Tên bước").Nth(row).FillAsync(name);
            await steps.GetByLabel("Vai trò").Nth(row).SelectOptionAsync(new SelectOptionValue { Label = role });
            await steps.GetByLabel("Số giờ").Nth(row).FillAsync(hours);
        }

        await page.ShouldPassAxeAsync("catalog-edit-filled");
        await page.GetByLabel("Đơn vị thực hiện").FillAsync("PL-LONGTHUY");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).ShouldBe("Xác nhận thử nghiệm qua giao diện");
        (await page.Locator("table.list").First.TextContentAsync())!.ShouldContain("Căn cước");
        (await page.Locator("ol.steps").TextContentAsync())!.ShouldContain("Xác minh — Chuyên viên xử lý: 8 giờ làm việc");
    }
}
