using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reviews;

/// <summary>The review pages: the form posted to the review handler, the list and its export, a review approved once, the dashboard.</summary>
public abstract partial class ReviewPageTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Unit = "PL-LONGTHUY";

    [Fact]
    public async Task A_review_posted_from_the_form_shows_its_saving_in_the_list_the_export_and_the_api()
    {
        var (browser, kstt) = await BrowserAsync();
        var code = await SimplificationTests.CreateAsync(kstt);

        var posted = await browser.PostFormAsync("/Reviews/New", Form(code, hours: "8"));

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync(Ct));
        var url = posted.Headers.Location!.ToString();
        url.ShouldStartWith("/Reviews/Detail/");
        var detail = await browser.GetStringAsync(url, Ct);

        // As in SimplificationTests: 120 000 000 now − 30 000 000 proposed a year = 90 000 000 saved, 75 %.
        detail.ShouldContain("90.000.000 đ");
        detail.ShouldContain("75 %");
        detail.ShouldContain("Tờ khai theo mẫu");
        detail.ShouldContain("Phê duyệt");
        var list = await browser.GetStringAsync($"/Reviews/List?unitCode={Unit}&year=2034", Ct);
        list.ShouldContain($"<a href=\"{url}\">{code}</a>");
        list.ShouldContain("Đề xuất, chờ phê duyệt");
        var export = await browser.GetAsync($"/Reviews/List?handler=Export&unitCode={Unit}&year=2034", Ct);
        using var workbook = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct)));
        var row = workbook.Worksheets.First().RowsUsed().Single(r => r.CellsUsed().Any(c => c.GetString() == code));
        row.Cell(8).GetValue<decimal>().ShouldBe(90_000_000m);
        row.Cell(9).GetValue<decimal>().ShouldBe(75m);
        var id = url["/Reviews/Detail/".Length..];
        var api = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/reviews/{id}", Ct);
        api.GetProperty("cost").GetProperty("saving").GetDecimal().ShouldBe(90_000_000m);
        api.GetProperty("cutComponents").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Tờ khai theo mẫu"]);
        (await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/reviews?unitCode={Unit}&year=2034", Ct)).EnumerateArray()
            .ShouldContain(r => r.GetProperty("procedureCode").GetString() == code && r.GetProperty("status").GetString() == "proposed");
    }

    [Fact]
    public async Task Bad_input_on_the_form_shows_the_problems_beside_the_fields_and_saves_nothing()
    {
        var (browser, kstt) = await BrowserAsync();
        var code = await SimplificationTests.CreateAsync(kstt);
        var before = await App.QueryAsync(db => db.ProcedureReviews.CountAsync(Ct));
        var form = Form(code, hours: "-1", cut: "Giấy không có");

        var posted = await browser.PostFormAsync("/Reviews/New", form);

        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await posted.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("value=\"-1\" aria-invalid=\"true\"");
        page.ShouldContain("<span class=\"field-error\">Giá trị không được là số âm.</span>");
        page.ShouldContain("<span class=\"field-error\">Thủ tục không có thành phần &quot;Giấy không có&quot;.</span>");
        (await App.QueryAsync(db => db.ProcedureReviews.CountAsync(Ct))).ShouldBe(before);
    }

    [Fact]
    public async Task The_review_page_approves_once_and_the_second_approval_shows_the_conflict()
    {
        var (browser, kstt) = await BrowserAsync();
        var code = await SimplificationTests.CreateAsync(kstt);
        var url = (await browser.PostFormAsync("/Reviews/New", Form(code, hours: "8"))).Headers.Location!.ToString();
        MultipartFormDataContent Decision() => new()
        {
            { new StringContent("81/QĐ-UBND"), "publication.decisionNumber" },
            { new StringContent("2025-02-10"), "publication.decisionDate" },
            { new StringContent("2025-03-01"), "publication.effectiveDate" },
        };

        // Two approvals from the same page, as from two tabs opened before either was sent.
        var token = AntiforgeryToken().Match(await browser.GetStringAsync(url, Ct)).Groups[1].Value;
        async Task<HttpResponseMessage> ApproveAsync()
        {
            var form = Decision();
            form.Add(new StringContent(token), "__RequestVerificationToken");
            return await browser.PostAsync(url + "?handler=Approve", form, Ct);
        }

        var approved = await ApproveAsync();
        var again = await ApproveAsync();

        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await approved.Content.ReadAsStringAsync(Ct));
        var page = await browser.GetStringAsync(url, Ct);
        page.ShouldContain("Đã phê duyệt (ksttthc)");
        page.ShouldNotContain("handler=Approve");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("Phương án đơn giản hóa này đã được phê duyệt.");
        (await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Ct)).GetProperty("components").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_dashboard_page_shows_the_unit_and_year_against_the_targets_and_refuses_a_bad_year()
    {
        var (browser, _) = await BrowserAsync();

        var page = await browser.GetAsync($"/Reviews/Dashboard?unitCode={Unit}&year=2035", Ct);
        var badYear = await browser.GetAsync($"/Reviews/Dashboard?unitCode={Unit}&year=1900", Ct);
        var index = await browser.GetStringAsync("/Reviews", Ct);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("id=\"simplification\"");
        html.ShouldContain("Thủ tục được đơn giản hóa (0/");
        html.ShouldContain("<button type=\"button\" data-print>");
        badYear.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badYear.Content.ReadAsStringAsync(Ct)).ShouldContain("Năm phải từ 2000 đến 2100.");
        index.ShouldContain("href=\"/Reviews/List\"");
        index.ShouldContain("href=\"/Reviews/New\"");
        index.ShouldContain("href=\"/Reviews/Dashboard\"");
    }

    [Fact]
    public async Task Only_the_KSTTHC_office_opens_the_review_form_and_approves()
    {
        var (kstt, api) = await BrowserAsync();
        var code = await SimplificationTests.CreateAsync(api);
        var url = (await kstt.PostFormAsync("/Reviews/New", Form(code, hours: "8"))).Headers.Location!.ToString();
        var specialist = await App.SignedInBrowserAsync("chuyenvien.xa");

        var form = await specialist.GetAsync("/Reviews/New", Ct);
        var index = await specialist.GetStringAsync("/Reviews", Ct);
        // The review page shows him no approval form: the token is that of the calculator's form, valid for any of his posts.
        var approve = await specialist.PostAsync(url + "?handler=Approve", new MultipartFormDataContent { { new StringContent(AntiforgeryToken().Match(index).Groups[1].Value), "__RequestVerificationToken" } }, Ct);

        form.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        index.ShouldNotContain("href=\"/Reviews/New\"");
        approve.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var id = Guid.Parse(url["/Reviews/Detail/".Length..]);
        (await App.QueryAsync(db => db.ProcedureReviews.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(Ct))).ShouldBe("proposed");
    }

    /// <summary>A browser without automatic redirects, signed in as the KSTTHC office, and its API client.</summary>
    private async Task<(HttpClient Browser, HttpClient Api)> BrowserAsync() => (await App.SignedInBrowserAsync("ksttthc"), await App.SignedInAsync("ksttthc"));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private static MultipartFormDataContent Form(string code, string hours, string cut = "Tờ khai theo mẫu")
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new[]
        {
            ("procedureCode", code), ("unitCode", Unit), ("year", "2034"),
            ("necessity", "Cần thiết để quản lý"), ("reasonableness", "Tờ khai trùng thông tin đã có"), ("legality", "Phù hợp Nghị định 61/2018/NĐ-CP"),
            ("current.hoursPerDossier", hours), ("current.incomePerHour", "25000"), ("current.feesPerDossier", "10000"), ("current.otherCostsPerDossier", "30000"), ("current.dossiersPerYear", "500"),
            ("proposed.hoursPerDossier", "2"), ("proposed.incomePerHour", "25000"), ("proposed.feesPerDossier", "10000"), ("proposed.otherCostsPerDossier", "0"), ("proposed.dossiersPerYear", "500"),
            ("fieldsBefore", "10"), ("fieldsAfter", "6"), ("cutComponentLines", cut), ("proposedWorkingDays", "2"), ("allowOnline", "true"),
        })
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }
}

[Collection(SqliteGroup.Name)]
public sealed class ReviewPageTestsOnSqlite(SqliteApp app) : ReviewPageTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ReviewPageTestsOnPostgres(PostgresApp app) : ReviewPageTests(app);
