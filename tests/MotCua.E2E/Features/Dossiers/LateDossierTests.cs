using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;

namespace MotCua.E2E.Features.Dossiers;

public sealed partial class LateDossierTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task A_leader_apologizes_for_a_late_dossier_prints_the_letter_and_still_sees_it_late()
    {
        var leader = await OfficerSession.SignInAsync(browser, app, "lanhdao");
        // The demo dossiers hold open late ones; should a run of them hold none, one due soon is at risk all the same.
        var (code, late) = await OpenDossierAsync(leader, "late") is { } overdue ? (overdue, true) : (await OpenDossierAsync(leader, "soon"), false);
        code.ShouldNotBeNull("The demo dossiers of thị xã Phước Long hold no open dossier that is late or due soon.");

        await leader.GotoAsync($"/Dossiers/Detail/{code}");
        var apology = leader.Locator("form", new() { Has = leader.GetByRole(AriaRole.Button, new() { Name = "Xin lỗi, hẹn lại" }) });
        await apology.GetByLabel("Lý do").FillAsync("Cần xác minh thêm tại nơi cư trú của người nộp");
        // A month on is after any due time of a late or due-soon dossier, as the new appointment must be.
        var newDate = app.Clock.Today.AddDays(30).AddHours(10);
        await apology.GetByLabel("Ngày hẹn mới").FillAsync(newDate.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await apology.GetByRole(AriaRole.Button, new() { Name = "Xin lỗi, hẹn lại" }).ClickAsync();
        (await leader.Locator("dl.facts").TextContentAsync())!.ShouldContain($"hẹn lại {newDate.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}");

        var letter = await leader.GetByRole(AriaRole.Link, new() { Name = "In văn bản xin lỗi (Mẫu 04)" }).GetAttributeAsync("href");
        var pdf = await leader.Context.APIRequest.GetAsync(letter!);
        pdf.Status.ShouldBe(200);
        pdf.Headers["content-type"].ShouldBe("application/pdf");
        (await pdf.BodyAsync())[..5].ShouldBe("%PDF-"u8.ToArray());

        await leader.GotoAsync("/Dossiers");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ quá hạn theo đơn vị, cán bộ" }).ClickAsync();
        var rows = leader.Locator("tr", new() { Has = leader.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }) });
        if (late)
        {
            // An apology does not make a late dossier on time: it stays on the list, with its new date.
            (await rows.First.TextContentAsync())!.ShouldContain("Đã xin lỗi");
            (await rows.CountAsync()).ShouldBe(2);
        }
        else
        {
            (await rows.CountAsync()).ShouldBe(0);
        }
    }

    /// <summary>The first dossier of an inbox tab that is still being resolved, so that an apology can be sent; null when there is none.</summary>
    private static async Task<string?> OpenDossierAsync(IPage page, string view)
    {
        await page.GotoAsync($"/Dossiers?view={view}");
        var open = page.Locator("table.list tbody tr").Filter(new() { HasTextRegex = OpenStatus() });
        return await open.CountAsync() == 0 ? null : (await open.First.Locator("td code").TextContentAsync())!.Trim();
    }

    [GeneratedRegex("Đang giải quyết|Đã phê duyệt")]
    private static partial Regex OpenStatus();
}
