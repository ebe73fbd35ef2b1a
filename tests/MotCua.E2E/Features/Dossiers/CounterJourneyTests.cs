using System.Text;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.Dossiers;

/// <summary>
/// A birth registration through the whole counter mechanism, each officer on his own page: the desk receives it,
/// prints the receipt and attaches a scan; the leader assigns; the specialist processes; the leader approves; the
/// specialist issues the signed electronic result; the desk returns it.
/// </summary>
public sealed class CounterJourneyTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_dossier_goes_from_the_counter_to_the_returned_electronic_result()
    {
        var desk = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");
        await DeskIntake.FillBirthRegistrationAsync(desk, "Lê Văn Cường", "070190005678", "0912000111");
        await DeskIntake.TickBothComponentsAsync(desk);
        await DeskIntake.ReceiveAsync(desk);
        await ShouldBeAsync(desk, "Đang giải quyết", "Tiếp nhận");
        var code = await DeskIntake.CodeAsync(desk);

        var receipt = await DownloadAsync(desk, "In giấy tiếp nhận, hẹn trả (Mẫu 01)");
        receipt.Status.ShouldBe(200);
        receipt.Headers["content-type"].ShouldBe("application/pdf");
        Encoding.ASCII.GetString((await receipt.BodyAsync())[..5]).ShouldBe("%PDF-");

        var scan = desk.Locator("table.components tr", new() { HasText = DeskIntake.BirthCertificate });
        await scan.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "giay-chung-sinh.png", MimeType = "image/png", Buffer = Png });
        await scan.GetByRole(AriaRole.Button, new() { Name = "Đính kèm" }).ClickAsync();
        await ShouldBeAsync(desk, "Đang giải quyết", "Số hóa thành phần hồ sơ");
        await Expect(desk.Locator("table.components tr", new() { HasText = DeskIntake.BirthCertificate })).ToContainTextAsync("Số hóa tại quầy");
        await Expect(desk.GetByRole(AriaRole.Link, new() { Name = "giay-chung-sinh.png" })).ToBeVisibleAsync();
        await Act(desk, "Hoàn thành bước, chuyển tiếp");

        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao.xa");
        await leader.GotoAsync($"/Dossiers/Detail/{code}");
        await leader.GetByLabel("Cán bộ xử lý").SelectOptionAsync("chuyenvien.xa");
        await Act(leader, "Phân công");
        await ShouldBeAsync(leader, "Đang giải quyết", "Phân công");
        await Expect(leader.Locator("dl.facts")).ToContainTextAsync("Bùi Văn Hộ Tịch");

        var specialist = await OfficerSession.SignInAsync(browser, app, "chuyenvien.xa");
        await specialist.GotoAsync($"/Dossiers/Detail/{code}");
        await Act(specialist, "Hoàn thành bước, chuyển tiếp");
        await Expect(History(specialist).Locator("tr", new() { HasText = "Hoàn thành bước" })).ToHaveCountAsync(2);

        await leader.GotoAsync($"/Dossiers/Detail/{code}");
        await Act(leader, "Phê duyệt");
        await ShouldBeAsync(leader, "Đã phê duyệt", "Phê duyệt");

        await specialist.GotoAsync($"/Dossiers/Detail/{code}");
        await specialist.GetByLabel("Tệp kết quả đã ký số (PDF)").SetInputFilesAsync(new FilePayload { Name = "trich-luc-khai-sinh.pdf", MimeType = "application/pdf", Buffer = ResultPdf.Unsigned(ResultTitle) });
        await specialist.GetByLabel("Kết quả điện tử").CheckAsync();
        await Act(specialist, "Ban hành kết quả");
        await ShouldBeAsync(specialist, "Đã có kết quả, chờ trả", "Ban hành kết quả");
        await Expect(specialist.Locator("dl.facts")).ToContainTextAsync("Kết quả điện tử");
        var result = await DownloadAsync(specialist, "Tải tệp kết quả");
        result.Headers["content-type"].ShouldBe("application/pdf");
        ResultPdf.IsSignedResult(await result.BodyAsync(), ResultTitle).ShouldBeTrue();

        await desk.GotoAsync($"/Dossiers/Detail/{code}");
        await Act(desk, "Trả kết quả");
        await ShouldBeAsync(desk, "Đã trả kết quả", "Trả kết quả");
        (await History(desk).Locator("tbody tr td:nth-child(2)").AllTextContentsAsync()).ShouldBe(
        [
            "Tiếp nhận", "Số hóa thành phần hồ sơ", "Hoàn thành bước, chuyển tiếp", "Phân công", "Hoàn thành bước, chuyển tiếp",
            "Phê duyệt", "Ban hành kết quả", "Trả kết quả",
        ]);
    }

    /// <summary>
    /// Issue 18's acceptance: the same journey as an officer does it all day, each officer keeping the dossier's page
    /// open once he has it (coming back is a reload, a key), in at most 15 clicks across the three roles, the specialist
    /// chosen from a list by name, ending with the applicant's public lookup. Typing and Enter are keys, not clicks.
    /// </summary>
    [Fact]
    public async Task A_birth_registration_goes_from_the_counter_to_the_public_lookup_in_at_most_15_clicks()
    {
        var clicks = 0;
        async Task Click(ILocator target)
        {
            clicks++;
            await target.ClickAsync();
        }

        var desk = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");
        await Click(desk.GetByRole(AriaRole.Link, new() { NameRegex = new("^Tiếp nhận hồ sơ") }));
        await Click(desk.Locator("ul.quick").GetByRole(AriaRole.Link, new() { NameRegex = new(@"^Thủ tục đăng ký khai sinh \d+ hồ sơ$") }));
        await desk.GetByLabel("Họ và tên").FillAsync("Phạm Thị Mười Lăm");
        await desk.GetByLabel("Số định danh cá nhân").FillAsync("070190001515");
        await desk.GetByLabel("Điện thoại").FillAsync("0912001515");
        await Click(desk.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và cấp mã hồ sơ" }));
        var code = await DeskIntake.CodeAsync(desk);
        await Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã tiếp nhận hồ sơ {code}");
        await Click(desk.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành bước, chuyển tiếp", Exact = true }));

        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao.xa");
        await Click(leader.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ", Exact = true }));
        await SearchAsync(leader, code);
        await Click(leader.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }));
        var specialistOption = (await leader.Locator("#assignee-assign option", new() { HasText = "Bùi Văn Hộ Tịch" }).TextContentAsync())!.Trim();
        clicks++;
        await leader.GetByLabel("Cán bộ xử lý").SelectOptionAsync(new SelectOptionValue { Label = specialistOption });
        await Click(leader.GetByRole(AriaRole.Button, new() { Name = "Phân công", Exact = true }));
        await Expect(leader.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã phân công hồ sơ cho Bùi Văn Hộ Tịch.");

        var specialist = await OfficerSession.SignInAsync(browser, app, "chuyenvien.xa");
        await Click(specialist.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ", Exact = true }));
        await SearchAsync(specialist, code);
        await Click(specialist.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }));
        await Click(specialist.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành bước, chuyển tiếp", Exact = true }));

        await leader.ReloadAsync();
        await Click(leader.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt", Exact = true }));
        await Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã phê duyệt hồ sơ");

        await specialist.ReloadAsync();
        await Click(specialist.GetByRole(AriaRole.Button, new() { Name = "Ban hành kết quả", Exact = true }));
        await ShouldBeAsync(specialist, "Đã có kết quả, chờ trả", "Ban hành kết quả");

        await desk.ReloadAsync();
        await Click(desk.GetByRole(AriaRole.Button, new() { Name = "Trả kết quả", Exact = true }));
        await ShouldBeAsync(desk, "Đã trả kết quả", "Trả kết quả");

        var applicant = await browser.Instance.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        await applicant.GotoAsync("/");
        await Click(applicant.GetByRole(AriaRole.Link, new() { Name = "Tra cứu hồ sơ đã nộp" }));
        await applicant.GetByLabel("Mã hồ sơ").FillAsync(code);
        await applicant.GetByLabel("Mã hồ sơ").PressAsync("Enter");
        await Expect(applicant.Locator(".tag.status")).ToHaveTextAsync("Đã trả kết quả");

        clicks.ShouldBeLessThanOrEqualTo(15);
    }

    /// <summary>Types the code into the inbox's search and presses Enter.</summary>
    private static async Task SearchAsync(IPage page, string code)
    {
        await page.GetByLabel("Tìm hồ sơ").FillAsync(code);
        await page.GetByLabel("Tìm hồ sơ").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = code, Exact = true })).ToBeVisibleAsync();
    }

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "scanned at the desk"u8];

    private const string ResultTitle = "trich luc khai sinh";

    private static ILocator History(IPage page) => page.Locator("table.list").Last;

    /// <summary>What the link downloads, fetched with the officer's session (a PDF link opens outside the page).</summary>
    private static async Task<IAPIResponse> DownloadAsync(IPage page, string link) =>
        await page.APIRequest.GetAsync((await page.GetByRole(AriaRole.Link, new() { Name = link }).GetAttributeAsync("href"))!);

    private static Task Act(IPage page, string action) => page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();

    /// <summary>The page shows the dossier in <paramref name="status"/>, with <paramref name="lastAction"/> last in its history.</summary>
    private static async Task ShouldBeAsync(IPage page, string status, string lastAction)
    {
        await Expect(page.Locator(".tag.status")).ToHaveTextAsync(status);
        await Expect(History(page).Locator("tbody tr").Last.Locator("td").Nth(1)).ToHaveTextAsync(lastAction);
    }
}
