using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.Dashboard;

/// <summary>
/// Issue 7's journey of a district leader: the dashboard of the town, the late dossiers behind its figure, then last
/// quarter's form II.06 downloaded as a workbook whose total is the page's.
/// </summary>
public sealed class LeaderJourneyTests(LiveApp app, Browser browser)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task A_leader_reads_the_dashboard_drills_into_the_late_dossiers_and_downloads_the_quarterly_report()
    {
        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao");

        await leader.GetByRole(AriaRole.Link, new() { Name = "Bảng điều hành", Exact = true }).ClickAsync();
        // A period ended a week ago: the other browser tests resolving demo dossiers meanwhile cannot change the
        // dossiers resolved late in it, which both the dashboard and the late list count.
        var today = app.Clock.Today;
        await leader.GetByLabel("Đơn vị").SelectOptionAsync("PL");
        await leader.GetByLabel("Từ ngày").FillAsync(today.AddDays(-187).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await leader.GetByLabel("Đến ngày").FillAsync(today.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await leader.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();

        var received = await leader.Locator("tr[data-figures=totals] td").First.TextContentAsync();
        int.Parse(received!.Trim(), CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        var chart = leader.Locator(".dashboard-charts svg").First;
        (await chart.IsVisibleAsync()).ShouldBeTrue();
        (await chart.Locator("text").AllTextContentsAsync()).Select(t => t.Trim()).ShouldContain("Tiếp nhận");
        (await leader.Locator("[data-rate=onlineShare] dd").TextContentAsync())!.ShouldContain("%");
        await leader.GetByRole(AriaRole.Heading, new() { Name = "Năng suất" }).WaitForAsync();

        var lateFigure = leader.Locator("a[data-late=resolved]");
        var resolvedLate = int.Parse((await lateFigure.TextContentAsync())!.Trim(), CultureInfo.InvariantCulture);
        resolvedLate.ShouldBeGreaterThan(0, "The demo dossiers of thị xã Phước Long hold none resolved late in the half-year before last week.");
        await lateFigure.ClickAsync();
        await leader.WaitForURLAsync(url => url.Contains("/Dossiers/Late", StringComparison.Ordinal));
        var rows = leader.Locator("[data-by=unit] tbody tr");
        (await rows.Filter(new() { HasNotText = "chưa có kết quả" }).CountAsync()).ShouldBe(resolvedLate);
        foreach (var step in await rows.Locator("td:nth-child(6)").AllTextContentsAsync())
        {
            step.ShouldMatch(@"^\d+\. ", "Every late dossier names the step where its time was lost.");
        }

        await leader.GetByRole(AriaRole.Link, new() { Name = "Báo cáo định kỳ", Exact = true }).ClickAsync();
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
        totalRow.Cell(3).GetValue<long>().ToString("#,##0", Vietnamese).ShouldBe(shownTotal);
    }
}
