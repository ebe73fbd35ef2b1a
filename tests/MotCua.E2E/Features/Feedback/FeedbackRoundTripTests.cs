using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Feedback;

public sealed partial class FeedbackRoundTripTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_citizen_sends_feedback_the_ward_leader_answers_and_publishes_it_and_anyone_reads_the_answer()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);
        var citizen = await context.NewPageAsync();
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Phản ánh, kiến nghị" }).First.ClickAsync();
        await citizen.GetByLabel("Về hành vi, việc giải quyết thủ tục hành chính").CheckAsync();
        await citizen.GetByLabel("Tiêu đề").FillAsync("Niêm yết lệ phí chứng thực tại phường Long Thủy");
        await citizen.GetByLabel("Nội dung").FillAsync("Bộ phận Một cửa chưa niêm yết mức lệ phí chứng thực bản sao.");
        await citizen.GetByLabel("Cơ quan tiếp nhận (nếu biết)").SelectOptionAsync("PL-LONGTHUY");
        await citizen.Locator("input[type=file][name=files]").SetInputFilesAsync(new FilePayload { Name = "bang-niem-yet.pdf", MimeType = "application/pdf", Buffer = [.. "%PDF-1.7\n% anh chup\n%%EOF\n"u8] });
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();

        var confirmation = (await citizen.GetByRole(AriaRole.Status).TextContentAsync())!;
        confirmation.ShouldContain("Đã gửi phản ánh, kiến nghị.");
        confirmation.ShouldContain("hạn trả lời");
        var code = FeedbackCode().Match(confirmation).Value;
        code.ShouldNotBeEmpty();

        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao.xa");
        await leader.GetByRole(AriaRole.Link, new() { Name = "PAKN", Exact = true }).ClickAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        var attached = await leader.Context.APIRequest.GetAsync((await leader.GetByRole(AriaRole.Link, new() { Name = "bang-niem-yet.pdf" }).GetAttributeAsync("href"))!);
        (await attached.BodyAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        await leader.GetByLabel("Nội dung trả lời").FillAsync("Phường đã niêm yết mức lệ phí tại Bộ phận Một cửa từ ngày nhận phản ánh.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Trả lời", Exact = true }).ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Công khai trả lời", Exact = true }).ClickAsync();
        (await leader.Locator(".tag.status").TextContentAsync()).ShouldBe("Đã công khai trả lời");

        await citizen.GotoAsync("/phan-anh/cong-khai");
        await citizen.GetByRole(AriaRole.Searchbox).FillAsync("niem yet le phi chung thuc");
        await citizen.GetByRole(AriaRole.Searchbox).PressAsync("Enter");
        var answer = citizen.Locator("article", new() { HasText = code });
        (await answer.TextContentAsync())!.ShouldContain("Phường đã niêm yết mức lệ phí");
    }

    [GeneratedRegex(@"PAKN-\d{6}-\d{4}")]
    private static partial Regex FeedbackCode();
}
