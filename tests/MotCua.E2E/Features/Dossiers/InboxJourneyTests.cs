using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.Dossiers;

/// <summary>
/// Issue 18, the officer's working day: the desk is told its intake went through; the leader finds the dossier in his
/// "to assign" queue, opens it on its next step and picks the specialist from a list; the specialist finds it waiting
/// on him, and not among the finished ones. The states that the sweep of the most used pages (<see cref="MostUsedPagesTests"/>)
/// does not reach pass axe-core on a desktop and on a 390 px phone: the desk's page after intake, the leader's queue
/// searched, and the dossier with the assignment picker.
/// </summary>
public sealed partial class InboxJourneyTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_leader_assigns_a_received_dossier_from_his_queue_by_name_and_the_specialist_finds_it_waiting_on_him()
    {
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), Shots));
        var desk = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");
        await DeskIntake.FillBirthRegistrationAsync(desk, "Trần Thị Hộp Thư", "070190007777", "0912000222");
        await DeskIntake.TickBothComponentsAsync(desk);
        await DeskIntake.ReceiveAsync(desk);
        var code = await DeskIntake.CodeAsync(desk);
        await Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã tiếp nhận hồ sơ {code}, hẹn trả kết quả lúc");
        await Expect(desk.Locator(".card.next")).ToContainTextAsync("Hoàn thành bước, chuyển tiếp");
        await CheckAsync(desk, "dossier-desk-after-intake");
        await Act(desk, "Hoàn thành bước, chuyển tiếp");
        await Expect(desk.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã thực hiện: Hoàn thành bước, chuyển tiếp.");

        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao.xa");
        await leader.GotoAsync("/Dossiers");
        await leader.GetByRole(AriaRole.Link, new() { NameRegex = ToAssign() }).ClickAsync();
        await Expect(leader.GetByRole(AriaRole.Link, new() { NameRegex = ToAssign() })).ToHaveAttributeAsync("aria-current", "page");
        await FindAsync(leader, code);
        await Expect(Row(leader, code)).ToContainTextAsync("Đang giải quyết");
        await CheckAsync(leader, "inbox-leader-to-assign");

        await leader.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Expect(leader.Locator(".card.next")).ToContainTextAsync("Phân công");
        await Expect(leader.GetByRole(AriaRole.Button, new() { Name = "Trả kết quả" })).ToHaveCountAsync(0);
        await Expect(leader.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành bước, chuyển tiếp" })).ToHaveCountAsync(0);
        await CheckAsync(leader, "dossier-leader-before-assigning");
        await leader.GetByLabel("Cán bộ xử lý").SelectOptionAsync(new SelectOptionValue { Label = await OptionAsync(leader, "Bùi Văn Hộ Tịch") });
        await Act(leader, "Phân công");
        await Expect(leader.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã phân công hồ sơ cho Bùi Văn Hộ Tịch.");
        await Expect(leader.Locator("dl.facts")).ToContainTextAsync("Bùi Văn Hộ Tịch");

        var specialist = await OfficerSession.SignInAsync(browser, app, "chuyenvien.xa");
        await specialist.GotoAsync("/Dossiers");
        await Expect(specialist.Locator("nav.tabs a[aria-current=page]")).ToContainTextAsync("Chờ tôi xử lý");
        await FindAsync(specialist, code);
        await Expect(Row(specialist, code)).ToContainTextAsync("Bùi Văn Hộ Tịch");
        await specialist.GetByRole(AriaRole.Link, new() { NameRegex = Finished() }).ClickAsync();
        await FindAsync(specialist, code, expected: false);

        await specialist.GotoAsync($"/Dossiers/Detail/{code}");
        await Expect(specialist.Locator(".card.next")).ToContainTextAsync("Hoàn thành bước, chuyển tiếp");
        await Expect(specialist.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" })).ToHaveCountAsync(0);
        await Expect(specialist.GetByRole(AriaRole.Button, new() { Name = "Phân công" })).ToHaveCountAsync(0);
    }

    private const string Shots = "shots-inbox";

    /// <summary>Searches the tab shown for the code (the demo queues hold more than a page) and expects its row or none.</summary>
    private static async Task FindAsync(IPage page, string code, bool expected = true)
    {
        await page.GetByLabel("Tìm hồ sơ").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Expect(Row(page, code)).ToHaveCountAsync(expected ? 1 : 0);
    }

    private static ILocator Row(IPage page, string code) =>
        page.Locator("table.inbox tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }) });

    /// <summary>The picker's option for the officer: his full name and his open load.</summary>
    private static async Task<string> OptionAsync(IPage page, string fullName) =>
        (await page.Locator("#assignee-assign option", new() { HasText = fullName }).TextContentAsync())!.Trim();

    private static Task Act(IPage page, string action) => page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();

    /// <summary>axe-core on the page at a desktop width and at 390 px, each kept as a screenshot in the temp folder.</summary>
    private static async Task CheckAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1280, 900);
        await page.ShouldPassAxeAsync($"{Shots}/after-{name}");
        await page.SetViewportSizeAsync(390, 844);
        await page.ShouldPassAxeAsync($"{Shots}/after-{name}-390");
        await page.SetViewportSizeAsync(1280, 900);
    }

    [GeneratedRegex("^Chờ phân công")]
    private static partial Regex ToAssign();

    [GeneratedRegex("^Đã xong")]
    private static partial Regex Finished();
}
