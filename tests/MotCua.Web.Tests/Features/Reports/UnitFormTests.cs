using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Reports;
using MotCua.Web.Tests.Features.Catalog;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;
using static MotCua.Web.Tests.Features.Reports.ReportRequests;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>The feedback (PAKN), online services (DVCTT), publication (CBTT) and review (RSDG) forms of REPORTS.md §4: unit rows, identities, the workbook.</summary>
public abstract class UnitFormTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_feedback_sent_online_counts_received_by_its_channel_and_kind_and_in_progress_until_answered()
    {
        var query = $"unitCode=PL&by=unit&from={Day(App.Today)}&to={Day(App.Today)}";
        var before = await App.ReportAsync("lanhdao", "PAKN", query);

        await App.SubmitAsync(FeedbackRequests.About("Bị yêu cầu nộp thêm giấy tờ"));
        var after = await App.ReportAsync("lanhdao", "PAKN", query);

        var (was, now) = (Ward(before), Ward(after));
        now.Cell(4).ShouldBe(was.Cell(4) + 1, "received online");
        now.Cell(5).ShouldBe(was.Cell(5));
        now.Cell(8).ShouldBe(was.Cell(8) + 1, "about handling (hành vi hành chính)");
        now.Cell(12).ShouldBe(was.Cell(12) + 1, "in progress");
        after.Total().Cell(3).ShouldBe(before.Total().Cell(3) + 1);
        after.GetProperty("identities").EnumerateArray().ShouldAllBe(i => i.GetProperty("holds").GetBoolean());
        foreach (var row in after.Rows())
        {
            row.Cell(3).ShouldBe(row.Cell(9) + row.Cell(12), "carried over + received = handled + in progress");
        }
    }

    [Fact]
    public async Task A_dossier_received_at_the_desk_counts_in_the_online_services_form_whose_workbook_holds_the_json_cells()
    {
        var query = $"unitCode=PL&by=unit&from={Day(App.Today)}&to={Day(App.Today)}";
        var before = await App.ReportAsync("lanhdao", "DVCTT", query);

        await App.ReceiveBirthAsync();
        var after = await App.ReportAsync("lanhdao", "DVCTT", query);

        Ward(after).Cell(9).ShouldBe(Ward(before).Cell(9) + 1, "received at the counter");
        Ward(after).Cell(3).ShouldBeGreaterThan(0, "the ward's procedures");
        after.Total().Cell(7).ShouldBe(before.Total().Cell(7) + 1);
        // A procedure two wards resolve is one procedure of the town: the total counts procedures once, dossiers add up.
        after.Total().Cell(3).ShouldBeLessThanOrEqualTo(after.Rows().Where(r => !r.GetProperty("isTotal").GetBoolean() && !r.GetProperty("isGroup").GetBoolean()).Sum(r => r.Cell(3)));
        after.Total().Cell(7).ShouldBe(after.Rows().Where(r => !r.GetProperty("isTotal").GetBoolean() && !r.GetProperty("isGroup").GetBoolean()).Sum(r => r.Cell(7)));
        after.GetProperty("identities").EnumerateArray().ShouldAllBe(i => i.GetProperty("holds").GetBoolean());

        var client = await App.SignedInAsync("lanhdao");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/DVCTT?{query}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ImportTemplate.XlsxContentType));
        var response = await client.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(response.Content.ReadAsStream(Ct));
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldBe("Biểu DVCTT: Dịch vụ công trực tuyến, thanh toán và số hóa");
        int first = ReportWorkbook.FirstDataRow(after.GetProperty("columns").EnumerateArray().Max(c => c.GetProperty("headers").GetArrayLength()));
        var rows = after.Rows();
        for (int r = 0; r < rows.Count; r++)
        {
            sheet.Cell(first + r, 2).GetString().ShouldBe(rows[r].GetProperty("label").GetString());
            for (int c = 3; c <= 15; c++)
            {
                sheet.Cell(first + r, c).GetValue<long>().ShouldBe(rows[r].Cell(c), $"row {r}, column {c}");
            }
        }
    }

    // September 2020, a month no other test publishes in (the forms are in force from April 2020). Decision 1, Thursday
    // 10 September (its fifth working day after is Thursday 17): A takes effect on the 30th (on time), B on the 12th
    // (late); A made public on the portal on the 14th (by the 17th), B never. Decision 2, Friday 18 September,
    // abolishes B (due on the portal by Friday 25).
    // Published on time: A only (B is late in decision 1, so late for the month); disclosed on time: A of A, B, B.
    [Fact]
    public async Task Publication_decisions_of_the_month_count_their_changes_and_what_was_published_and_disclosed_on_time()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var (first, second) = ($"{Guid.NewGuid().ToString("N")[..5]}/QĐ-UBND", $"{Guid.NewGuid().ToString("N")[..5]}/QĐ-UBND");
        var a = await ProcedureAsync(kstt, first, "2020-09-10", "2020-09-30");
        var b = await ProcedureAsync(kstt, first, "2020-09-10", "2020-09-12");
        (await kstt.PostAsJsonAsync($"/api/v1/procedures/{b}/abolish", new { publication = new { decisionNumber = second, decisionDate = "2020-09-18", effectiveDate = "2020-10-15" } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var changes = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/publications?unitCode={DossierRequests.Ward}&from=2020-09-01&to=2020-09-30", Ct);
        var revision = changes.EnumerateArray().SelectMany(d => d.GetProperty("changes").EnumerateArray()).Single(c => c.GetProperty("procedureCode").GetString() == a).GetProperty("revisionId").GetGuid();
        (await kstt.PutAsJsonAsync($"/api/v1/publications/changes/{revision}/disclosure", new { portalOn = "2020-09-14" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var report = await App.ReportAsync("lanhdao.xa", "CBTT", $"unitCode={DossierRequests.Ward}&from=2020-09-01&to=2020-09-30");

        var total = report.Total();
        (total.Cell(3), total.Cell(4), total.Cell(5), total.Cell(6), total.Cell(7)).ShouldBe((2, 3, 2, 0, 1));
        (total.Cell(8), total.Cell(9)).ShouldBe((1, 1));
        total.Cell(11).ShouldBeLessThanOrEqualTo(total.Cell(10));
        report.GetProperty("identities").EnumerateArray().ShouldAllBe(i => i.GetProperty("holds").GetBoolean());
    }

    [Fact]
    public async Task A_review_sent_up_today_counts_its_procedure_proposal_and_compliance_cost_a_year_before_and_after()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var code = await Reviews.SimplificationTests.CreateAsync(kstt);
        var query = $"unitCode={DossierRequests.Ward}&from={Day(App.Today)}&to={Day(App.Today)}";
        var before = (await App.ReportAsync("lanhdao.xa", "RSDG", query)).Total();

        var sent = await kstt.PostAsJsonAsync("/api/v1/reviews", Reviews.SimplificationTests.Review(code, [], year: App.Today.Year), Ct);
        sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync(Ct));
        var report = await App.ReportAsync("lanhdao.xa", "RSDG", query);

        // As in SimplificationTests: 120.000.000 đ a year now, 30.000.000 đ as proposed, 10 declared fields down to 6.
        var after = report.Total();
        (after.Cell(3) - before.Cell(3), after.Cell(4) - before.Cell(4), after.Cell(5) - before.Cell(5)).ShouldBe((1, 1, 0));
        (after.Cell(6) - before.Cell(6), after.Cell(7) - before.Cell(7), after.Cell(8) - before.Cell(8)).ShouldBe((120_000_000, 30_000_000, 90_000_000));
        (after.Cell(9) - before.Cell(9), after.Cell(10) - before.Cell(10)).ShouldBe((10, 6));
        report.GetProperty("identities").EnumerateArray().ShouldAllBe(i => i.GetProperty("holds").GetBoolean());
    }

    [Fact]
    public async Task A_past_period_reads_a_procedure_as_it_stood_then_after_an_amendment_made_since()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var code = await Reviews.SimplificationTests.CreateAsync(kstt);
        var day = App.Today;
        var query = $"unitCode={DossierRequests.Ward}&from={Day(day)}&to={Day(day)}";
        var before = (await App.ReportAsync("lanhdao.xa", "DVCTT", query)).Total();

        // The next day the procedure becomes full online: the day before still counts it as partly online.
        App.Clock.Advance(TimeSpan.FromDays(1));
        var amended = CatalogRequests.Procedure(code);
        amended["timeLimit"] = new { workingDays = 3 };
        amended["online"] = "full";
        (await (await App.SignedInAsync("ksttthc")).PutAsJsonAsync($"/api/v1/procedures/{code}?baseVersion=1", amended, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = (await App.ReportAsync("lanhdao.xa", "DVCTT", query)).Total();
        var today = (await App.ReportAsync("lanhdao.xa", "DVCTT", $"unitCode={DossierRequests.Ward}&from={Day(App.Today)}&to={Day(App.Today)}")).Total();

        (again.Cell(4), again.Cell(5), again.Cell(6)).ShouldBe((before.Cell(4), before.Cell(5), before.Cell(6)));
        (today.Cell(4), today.Cell(5)).ShouldBe((before.Cell(4) + 1, before.Cell(5) - 1));
    }

    private static async Task<string> ProcedureAsync(HttpClient kstt, string decision, string decidedOn, string effective)
    {
        var code = UniqueProcedureCode();
        var body = CatalogRequests.Procedure(code);
        body["publication"] = new { decisionNumber = decision, decisionDate = decidedOn, effectiveDate = effective };
        var created = await kstt.PostAsJsonAsync("/api/v1/procedures", body, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        return code;
    }

    private static JsonElement Ward(JsonElement report) => report.Rows().Single(r => r.GetProperty("unitCode").GetString() == DossierRequests.Ward);
}

[Collection(SqliteGroup.Name)]
public sealed class UnitFormTestsOnSqlite(SqliteApp app) : UnitFormTests(app);

[Collection(PostgresGroup.Name)]
public sealed class UnitFormTestsOnPostgres(PostgresApp app) : UnitFormTests(app);
