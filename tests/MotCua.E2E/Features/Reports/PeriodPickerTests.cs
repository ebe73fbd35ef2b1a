using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.Reports;

/// <summary>
/// Issue 18, item 10: an officer picks a report's period by its name ("Quý 2/2025"), not by typing its code; the form
/// still sends the code, and the report says which period it is in words.
/// </summary>
public sealed class PeriodPickerTests(LiveApp app, Browser browser)
{
    /// <summary>Last year: each of its periods has begun, so the picker offers them all whatever today is.</summary>
    private static readonly int LastYear = LiveApp.Start.Year - 1;

    [Fact]
    public async Task A_leader_picks_a_quarter_by_its_name_and_reads_that_quarter_s_report()
    {
        var leader = await PickAsync("/Reports", $"Quý 2/{LastYear}", "Xem báo cáo", $"{LastYear}-Q2");

        await Expect(leader.Locator("[data-period]")).ToHaveTextAsync($"Quý 2/{LastYear}");
        await Expect(leader.Locator("table.report tbody tr").Last).ToContainTextAsync("Tổng cộng");
        await Expect(leader.GetByLabel("Kỳ báo cáo")).ToHaveValueAsync($"{LastYear}-Q2");
        await leader.ShouldPassAxeAsync("reports-period-picker");
    }

    [Fact]
    public async Task The_narrative_report_opens_for_a_month_picked_by_its_name()
    {
        var leader = await PickAsync("/Reports/Narrative", $"Tháng 3/{LastYear}", "Mở báo cáo", $"{LastYear}-M03");

        await Expect(leader.Locator("p.count").First).ToContainTextAsync($"Số liệu từ ngày 15/02/{LastYear} đến ngày 14/03/{LastYear}");
        await leader.ShouldPassAxeAsync("narrative-period-picker");
    }

    /// <summary>The district leader opens <paramref name="path"/>, picks the period named <paramref name="name"/> and sends the form, which asks for <paramref name="code"/>.</summary>
    private async Task<IPage> PickAsync(string path, string name, string button, string code)
    {
        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao");
        await leader.GotoAsync(path);
        await leader.GetByLabel("Kỳ báo cáo").SelectOptionAsync(new SelectOptionValue { Label = name });
        await leader.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await leader.WaitForURLAsync(url => url.Contains($"period={code}", StringComparison.Ordinal));
        return leader;
    }
}
