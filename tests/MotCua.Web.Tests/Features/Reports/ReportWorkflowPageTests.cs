using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>The /Reports/Narrative page (draft words saved from the form) and the administrator's /Reports/Settings.</summary>
public abstract partial class ReportWorkflowPageTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task An_officer_writes_the_draft_in_the_page_and_finds_every_forms_figures_linked()
    {
        var browser = await App.SignedInBrowserAsync("chuyenvien.xa");
        var url = $"/Reports/Narrative?unitCode={DossierRequests.Ward}&period=2024-Q4";
        var page = await browser.GetStringAsync(url, Ct);
        var form = new MultipartFormDataContent
        {
            { new StringContent(AntiforgeryToken().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent(DossierRequests.Ward), "UnitCode" },
            { new StringContent("2024-Q4"), "Period" },
            { new StringContent("08/BC-UBND"), "Words.Number" },
            { new StringContent("Giải quyết đúng hạn 98% hồ sơ"), "Words.Results" },
            { new StringContent(""), "Words.Difficulties" },
            { new StringContent(""), "Words.Proposals" },
        };

        var saved = await browser.PostAsync(url + "&handler=Save", form, Ct);
        var after = await browser.GetStringAsync(url, Ct);
        var api = await browser.GetFromJsonAsync<JsonElement>($"/api/v1/reports/narrative?unitCode={DossierRequests.Ward}&period=2024-Q4", Ct);

        page.ShouldContain("Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý IV năm 2024");
        page.ShouldContain($"/Reports?form=II.06d&unitCode={DossierRequests.Ward}&amp;period=2024-Q4");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Ct));
        after.ShouldContain("Đã lưu dự thảo báo cáo.");
        after.ShouldContain("Giải quyết đúng hạn 98% hồ sơ");
        api.GetProperty("number").GetString().ShouldBe("08/BC-UBND");
        api.GetProperty("results").GetString().ShouldBe("Giải quyết đúng hạn 98% hồ sơ");
    }

    [Fact]
    public async Task The_administrator_edits_a_version_as_JSON_and_a_broken_one_is_refused_on_the_page()
    {
        var admin = await App.SignedInAsync("admin");
        var page = await admin.GetStringAsync("/Reports/Settings?resource=periods&version=2020-04", Ct);
        var form = new MultipartFormDataContent
        {
            { new StringContent(AntiforgeryToken().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("periods"), "Resource" },
            { new StringContent("{ \"version\": \"x\", \"cutoffDay\": 15"), "Json" },
        };

        var refused = await admin.PostAsync("/Reports/Settings?handler=Import", form, Ct);
        var forbidden = await (await App.SignedInAsync("lanhdao.xa")).GetAsync("/Reports/Settings", Ct);

        page.ShouldContain("&quot;cutoffDay&quot;: 15");
        page.ShouldContain("Quyết định 933/QĐ-TTg");
        page.ShouldContain("M03-933");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("Nội dung không đúng cấu trúc JSON");
        forbidden.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

[Collection(SqliteGroup.Name)]
public sealed class ReportWorkflowPageTestsOnSqlite(SqliteApp app) : ReportWorkflowPageTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ReportWorkflowPageTestsOnPostgres(PostgresApp app) : ReportWorkflowPageTests(app);
