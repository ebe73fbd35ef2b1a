using System.Globalization;
using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Plans;

public sealed class PlanFollowUpTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task The_office_plans_a_quarterly_task_the_unit_reports_it_done_with_evidence_and_the_overdue_list_shrinks_and_a_review_computes_the_saving()
    {
        // Last year's plan: its four quarterly instances are all past, whatever day the test runs.
        var year = app.Clock.Today.Year - 1;
        var number = $"1{Guid.NewGuid().ToString("N")[..6]}/KH-UBND";
        var kstt = await OfficerSession.SignInAsync(browser, app, "ksttthc");
        await kstt.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch", Exact = true }).ClickAsync();
        await kstt.GetByLabel("Đơn vị ban hành").SelectOptionAsync("PL");
        await kstt.GetByLabel("Năm kế hoạch").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await kstt.GetByLabel("Số kế hoạch").FillAsync(number);
        await kstt.GetByLabel("Trích yếu").FillAsync($"Kế hoạch kiểm soát thủ tục hành chính năm {year}");
        await kstt.GetByLabel("Ngày ban hành").FillAsync($"{year}-01-15");
        await kstt.GetByRole(AriaRole.Button, new() { Name = "Tạo kế hoạch" }).ClickAsync();
        await kstt.GetByLabel("Nội dung công việc").FillAsync("Báo cáo kết quả kiểm soát TTHC hằng quý");
        await kstt.GetByLabel("Đơn vị chủ trì").SelectOptionAsync("PL-TP");
        await kstt.GetByLabel("Lặp lại (RRULE)").FillAsync("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17");
        await kstt.GetByRole(AriaRole.Button, new() { Name = "Thêm nhiệm vụ" }).ClickAsync();
        var instances = kstt.Locator("tr[data-instance]");
        (await instances.CountAsync()).ShouldBe(4);
        var first = (await instances.First.GetAttributeAsync("data-instance"))!;
        await kstt.GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ quá hạn của kế hoạch" }).ClickAsync();
        var overdue = kstt.Locator("#overdue tbody tr");
        (await overdue.CountAsync()).ShouldBe(4);
        var overdueUrl = kstt.Url;

        var unit = await OfficerSession.SignInAsync(browser, app, "chuyenvien");
        await unit.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch", Exact = true }).ClickAsync();
        var listed = unit.Locator("table.list tbody tr", new() { HasText = number });
        (await listed.TextContentAsync())!.ShouldContain("Ủy ban nhân dân thị xã Phước Long");
        await listed.GetByRole(AriaRole.Link).ClickAsync();
        var row = unit.Locator($"tr[data-instance='{first}']");
        await row.GetByLabel("Tình trạng").SelectOptionAsync("done");
        await row.GetByLabel("Ghi chú").FillAsync("Đã gửi báo cáo quý I");
        await row.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "bao-cao-quy-1.pdf", MimeType = "application/pdf", Buffer = [.. "%PDF-1.7\n% bao cao\n%%EOF\n"u8] });
        await row.GetByRole(AriaRole.Button, new() { Name = "Báo cáo" }).ClickAsync();
        var reported = unit.Locator($"tr[data-instance='{first}']");
        (await reported.TextContentAsync())!.ShouldContain("Đã hoàn thành");
        var evidence = await unit.Context.APIRequest.GetAsync((await reported.GetByRole(AriaRole.Link, new() { Name = "bao-cao-quy-1.pdf" }).GetAttributeAsync("href"))!);
        (await evidence.BodyAsync())[..5].ShouldBe("%PDF-"u8.ToArray());

        await kstt.GotoAsync(overdueUrl);
        (await overdue.CountAsync()).ShouldBe(3);
        (await kstt.Locator($"#overdue tr[data-instance='{first}']").CountAsync()).ShouldBe(0);

        // 8 h × 25 000 + 50 000 + 30 000 = 280 000 a dossier now, 4 h × 25 000 + 50 000 + 10 000 = 160 000 proposed;
        // × 1 000 dossiers: 280 000 000 − 160 000 000 = 120 000 000 a year saved, 120/280 = 42.86 %.
        await kstt.GetByRole(AriaRole.Link, new() { Name = "Rà soát TTHC" }).ClickAsync();
        foreach (var (side, hours, other) in new[] { ("Current", "8", "30000"), ("Proposed", "4", "10000") })
        {
            await kstt.Locator($"#{side}-hours").FillAsync(hours);
            await kstt.Locator($"#{side}-income").FillAsync("25000");
            await kstt.Locator($"#{side}-fees").FillAsync("50000");
            await kstt.Locator($"#{side}-other").FillAsync(other);
            await kstt.Locator($"#{side}-dossiers").FillAsync("1000");
        }

        await kstt.GetByRole(AriaRole.Button, new() { Name = "Tính chi phí tuân thủ" }).ClickAsync();
        var saving = (await kstt.Locator("#saving").TextContentAsync())!;
        saving.ShouldContain("120.000.000 đ");
        saving.ShouldContain("42,86 %");
        saving.ShouldContain("Đạt");
    }

    [Fact]
    public async Task The_office_lists_a_desk_officer_and_reads_the_publication_rates()
    {
        var name = $"Trần Văn {Guid.NewGuid().ToString("N")[..6]}";
        var kstt = await OfficerSession.SignInAsync(browser, app, "ksttthc");
        await kstt.GetByRole(AriaRole.Link, new() { Name = "Cán bộ đầu mối" }).ClickAsync();
        await kstt.GetByLabel("Đơn vị", new() { Exact = true }).Last.SelectOptionAsync("PL-MC");
        await kstt.GetByLabel("Vai trò").SelectOptionAsync("deskOfficer");
        await kstt.GetByLabel("Họ và tên").FillAsync(name);
        await kstt.GetByLabel("Chức danh").FillAsync("Công chức Văn phòng - Thống kê");
        await kstt.GetByLabel("Điện thoại").FillAsync("0912345678");
        await kstt.GetByRole(AriaRole.Button, new() { Name = "Thêm", Exact = true }).ClickAsync();
        (await kstt.Locator("#focal-officers").TextContentAsync())!.ShouldContain(name);

        await kstt.GetByRole(AriaRole.Link, new() { Name = "Công bố, công khai" }).ClickAsync();
        (await kstt.Locator("#rates").TextContentAsync())!.ShouldContain("Công bố đúng hạn (766: 1.1)");
    }
}
