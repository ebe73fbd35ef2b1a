using System.Text;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.Portal;

/// <summary>
/// A citizen's birth registration online, end to end: he registers, finds the procedure from the home page without
/// diacritics, submits with his PDFs (owing nothing, he is offered no payment); the ward's desk receives the dossier from
/// its intake queue, the leader approves, the specialist issues the electronic result; the citizen sees the change,
/// downloads the result and rates the service.
/// </summary>
public sealed class CitizenJourneyTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_citizen_submits_online_pays_follows_downloads_the_electronic_result_and_rates_it()
    {
        var citizen = await RegisterAsync();
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Searchbox).FillAsync("khai sin");
        await citizen.GetByRole(AriaRole.Searchbox).PressAsync("Enter");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Thủ tục đăng ký khai sinh", Exact = true }).ClickAsync();
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Nộp hồ sơ trực tuyến" }).ClickAsync();

        await citizen.GetByLabel("Cơ quan giải quyết").SelectOptionAsync(new SelectOptionValue { Label = "Ủy ban nhân dân phường Long Thủy" });
        await Expect(citizen.Locator("dl.facts")).ToContainTextAsync(IdNumber);
        await citizen.GetByLabel("Tệp: Tờ khai đăng ký khai sinh theo mẫu").SetInputFilesAsync(Pdf("to-khai.pdf", "to khai"));
        await citizen.GetByLabel("Tệp: Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh").SetInputFilesAsync(Pdf("giay-chung-sinh.pdf", "giay chung sinh"));
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nộp hồ sơ");
        var code = (await citizen.Locator("article.my-dossier h2 code").First.TextContentAsync())!;
        await Expect(citizen.Locator("article.my-dossier .tag.status")).ToHaveTextAsync("Chờ tiếp nhận");

        // A birth registration is free and no copy was asked: nothing to pay (issue 18, item 7; paying: PublicLookupTests).
        await Expect(citizen.GetByRole(AriaRole.Link, new() { Name = "Nộp phí, lệ phí" })).ToHaveCountAsync(0);

        var desk = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");
        await desk.GotoAsync("/Dossiers?view=queue");
        await desk.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Act(desk, "Tiếp nhận");
        await Expect(desk.Locator(".tag.status")).ToHaveTextAsync("Đang giải quyết");

        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao.xa");
        await leader.GotoAsync($"/Dossiers/Detail/{code}");
        await Act(leader, "Phê duyệt");
        await Expect(leader.Locator(".tag.status")).ToHaveTextAsync("Đã phê duyệt");

        var specialist = await OfficerSession.SignInAsync(browser, app, "chuyenvien.xa");
        await specialist.GotoAsync($"/Dossiers/Detail/{code}");
        await specialist.GetByLabel("Tệp kết quả đã ký số (PDF)").SetInputFilesAsync(new FilePayload { Name = "giay-khai-sinh.pdf", MimeType = "application/pdf", Buffer = ResultPdf.Unsigned("giay khai sinh") });
        await specialist.GetByLabel("Kết quả điện tử").CheckAsync();
        await Act(specialist, "Ban hành kết quả");
        await Expect(specialist.Locator(".tag.status")).ToHaveTextAsync("Đã có kết quả, chờ trả");

        await citizen.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ của tôi" }).ClickAsync();
        await Expect(citizen.Locator("article.my-dossier .tag.status")).ToHaveTextAsync("Đã có kết quả, chờ trả");
        (await citizen.Locator("article.my-dossier table.history tbody tr td:nth-child(2)").AllTextContentsAsync())
            .ShouldBe(["Nộp trực tuyến", "Tiếp nhận", "Phê duyệt", "Ban hành kết quả"]);
        var href = await citizen.GetByRole(AriaRole.Link, new() { Name = "Tải kết quả điện tử" }).GetAttributeAsync("href");
        var result = await citizen.APIRequest.GetAsync(href!);
        result.Headers["content-type"].ShouldBe("application/pdf");
        ResultPdf.IsSignedResult(await result.BodyAsync(), "giay khai sinh").ShouldBeTrue();

        await citizen.GetByRole(AriaRole.Link, new() { Name = "Đánh giá mức độ hài lòng" }).ClickAsync();
        await citizen.GetByLabel("Rất hài lòng").CheckAsync();
        // His ID number is not verified (no desk dossier in his account), so the online dossier carries only his phone.
        await citizen.GetByLabel("Số định danh cá nhân hoặc số điện thoại đã khai khi nộp hồ sơ").FillAsync(Phone);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Status)).ToHaveTextAsync("Cảm ơn ông/bà đã đánh giá.");
    }

    /// <summary>A CCCD of Bình Phước (070) no other run uses, as the registration needs.</summary>
    private static readonly string IdNumber = "07029" + Random.Shared.Next(0, 9_999_999).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string Phone = "09" + IdNumber[4..];

    private async Task<IPage> RegisterAsync()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký tài khoản công dân" }).ClickAsync();
        await page.GetByLabel("Họ và tên").FillAsync("Lò Văn Sáng");
        await page.GetByLabel("Số định danh cá nhân (CCCD 12 số)").FillAsync(IdNumber);
        await page.GetByLabel("Số điện thoại", new() { Exact = true }).FillAsync(Phone);
        await page.GetByLabel("Mật khẩu").FillAsync("Ca phe sua da 7 gio");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hồ sơ của tôi");
        return page;
    }

    /// <summary>A tiny valid PDF: one empty page, with <paramref name="marker"/> in a comment so each file is its own.</summary>
    private static FilePayload Pdf(string name, string marker) => new()
    {
        Name = name,
        MimeType = "application/pdf",
        Buffer = Encoding.ASCII.GetBytes(
            $"%PDF-1.4\n% {marker}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
    };

    private static Task Act(IPage page, string action) => page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
}
