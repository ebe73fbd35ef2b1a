using ClosedXML.Excel;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.Reports;

/// <summary>A district leader opens the periodic reports, reads last quarter's form II.06 of the town and downloads it as a workbook.</summary>
public sealed class QuarterlyReportTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_leader_opens_the_quarterly_report_and_downloads_it_as_xlsx()
    {
        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Báo cáo định kỳ" }).ClickAsync();
        await leader.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync("PL");
        await leader.GetByLabel("Chia theo đơn vị trực thuộc").CheckAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Xem báo cáo" }).ClickAsync();

        var period = await leader.GetByLabel("Kỳ báo cáo").InputValueAsync();
        period.ShouldMatch(@"^\d{4}-Q[1-4]$");
        await Expect(leader.Locator("h2").First).ToContainTextAsync("II.06c");
        var total = leader.Locator("table.report tbody tr").Last;
        await Expect(total).ToContainTextAsync("Tổng cộng");
        await Expect(leader.Locator("table.report tbody tr", new() { HasText = "Ủy ban nhân dân phường Long Thủy" })).ToHaveCountAsync(1);
        await Expect(leader.GetByText("Tình hình gửi báo cáo của đơn vị trực thuộc")).ToBeVisibleAsync();

        var download = await leader.RunAndWaitForDownloadAsync(() => leader.GetByRole(AriaRole.Link, new() { Name = "Tải Excel (.xlsx)" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"bao-cao-II.06c-PL-{period}.xlsx");
        // The download's stream cannot seek, which a workbook needs: read it whole first.
        using var bytes = new MemoryStream();
        await (await download.CreateReadStreamAsync()).CopyToAsync(bytes, TestContext.Current.CancellationToken);
        using var workbook = new XLWorkbook(bytes);
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldBe("Biểu số II.06c/VPCP/KSTT");
        var shownTotal = await total.Locator("td").Nth(1).TextContentAsync();
        var totalRow = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "Tổng cộng");
        totalRow.Cell(3).GetValue<long>().ToString("#,##0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")).ShouldBe(shownTotal);
    }
}
