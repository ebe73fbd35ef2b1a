using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Domain.Dossiers;
using MotCua.E2E.Features.Dossiers;
using MotCua.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.Portal;

/// <summary>
/// Issue 18, item 7: the applicant reads where his dossier stands in words, with its public steps, and is offered to pay
/// only what he owes; a returned dossier no longer reads as "being processed".
/// </summary>
public sealed class PublicLookupTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task An_applicant_who_asked_for_copies_follows_his_dossier_and_pays_what_he_owes_once()
    {
        var desk = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");
        await DeskIntake.FillBirthRegistrationAsync(desk, "Đinh Thị Hoa", "070190004321", "0912000222");
        await DeskIntake.TickBothComponentsAsync(desk);
        await desk.GetByLabel("Số bản sao kết quả người nộp yêu cầu").FillAsync("2");
        await DeskIntake.ReceiveAsync(desk);
        var code = await DeskIntake.CodeAsync(desk);

        var applicant = await AnonymousAsync();
        await applicant.GotoAsync($"/tra-cuu/{code}");
        await Expect(applicant.Locator("dl.facts")).ToContainTextAsync("Hồ sơ đang được giải quyết.");
        await Expect(applicant.Locator("dl.facts")).ToContainTextAsync("Đang xử lý tại");
        await Expect(applicant.Locator("dl.facts")).ToContainTextAsync("16.000");
        await Expect(applicant.Locator("ol.timeline li")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2} Bộ phận Một cửa đã tiếp nhận hồ sơ$")]);
        await applicant.ShouldPassAxeAsync("lookup-owing");

        await applicant.GetByRole(AriaRole.Link, new() { Name = "Nộp phí, lệ phí trực tuyến" }).ClickAsync();
        await Expect(applicant.GetByLabel("Phí cấp bản sao Trích lục hộ tịch (nếu có yêu cầu)")).ToBeCheckedAsync();
        await Expect(applicant.GetByLabel("Số lượng")).ToHaveValueAsync("2");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Thanh toán", Exact = true }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cổng thanh toán VNPAY (giả lập)");
        await applicant.ShouldPassAxeAsync("vnpay-stand-in");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Thanh toán", Exact = true }).ClickAsync();
        await Expect(applicant.Locator("main")).ToContainTextAsync("Đã thanh toán");

        await applicant.GotoAsync($"/tra-cuu/{code}");
        await Expect(applicant.Locator("dl.facts")).Not.ToContainTextAsync("còn phải nộp");
        await Expect(applicant.GetByRole(AriaRole.Link, new() { Name = "Nộp phí, lệ phí trực tuyến" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_returned_dossier_reads_as_done_with_its_steps_and_offers_no_payment()
    {
        string code;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            code = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers
                .Where(d => d.Status == DossierStatus.Returned).Select(d => d.Code).FirstAsync(TestContext.Current.CancellationToken);
        }

        var applicant = await AnonymousAsync();
        await applicant.GotoAsync($"/tra-cuu/{code}");

        await Expect(applicant.Locator("dl.facts")).ToContainTextAsync("Đã trả kết quả. Hồ sơ đã hoàn thành.");
        await Expect(applicant.Locator("dl.facts")).Not.ToContainTextAsync("Đang xử lý tại");
        await Expect(applicant.Locator("ol.timeline li").Last).ToContainTextAsync("Đã trả kết quả");
        await Expect(applicant.GetByRole(AriaRole.Link, new() { Name = "Nộp phí, lệ phí trực tuyến" })).ToHaveCountAsync(0);
        await applicant.ShouldPassAxeAsync("lookup-returned");
    }

    private async Task<IPage> AnonymousAsync()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }
}
