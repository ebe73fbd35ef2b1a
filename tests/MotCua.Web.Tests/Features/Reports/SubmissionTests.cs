using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>
/// The submission workflow (REPORTS.md §6): the ward's leader submits, the town accepts or returns, the ward submits
/// again as a new version; the town sees who submitted and who is late. Each test takes its own period.
/// </summary>
public abstract class SubmissionTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Url = "/api/v1/reports/II.06/submissions";

    [Fact]
    public async Task The_leader_submits_frozen_figures_with_their_pdf_and_cannot_submit_twice()
    {
        var live = await App.ReportAsync("lanhdao.xa", "II.06", $"unitCode={DossierRequests.Ward}&period=2024-M10");

        var submitted = await SubmitAsync("lanhdao.xa", "2024-M10");

        submitted.GetProperty("version").GetInt32().ShouldBe(1);
        submitted.GetProperty("status").GetString().ShouldBe("submitted");
        submitted.GetProperty("submittedBy").GetString().ShouldBe("lanhdao.xa");
        var id = submitted.GetProperty("id").GetString();
        var client = await App.SignedInAsync("lanhdao");
        var frozen = await client.GetFromJsonAsync<JsonElement>($"{Url}/{id}", Ct);
        frozen.GetProperty("period").GetProperty("code").GetString().ShouldBe("2024-M10");
        frozen.Rows().Select(r => r.GetProperty("label").GetString()).ShouldBe(live.Rows().Select(r => r.GetProperty("label").GetString()));
        Enumerable.Range(3, 11).ShouldAllBe(c => frozen.Total().Cell(c) == live.Total().Cell(c));
        var pdf = await client.GetAsync($"{Url}/{id}/pdf", Ct);
        pdf.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        var kept = await pdf.Content.ReadAsByteArrayAsync(Ct);
        (await PdfTools.WordsAsync(kept)).ShouldContain("Kỳ báo cáo: 2024-M10");
        // Frozen as sent, signed with the unit's certificate (Development's demo office).
        (await PdfTools.SignaturesAsync(kept)).ShouldContain("Signature Validation: Signature is Valid.");

        var again = await (await App.SignedInAsync("lanhdao.xa")).PostAsJsonAsync(Url, new { unitCode = DossierRequests.Ward, period = "2024-M10" }, Ct);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_returned_report_comes_back_as_a_new_version_and_is_accepted_once()
    {
        var first = await SubmitAsync("lanhdao.xa", "2024-M11");
        var town = await App.SignedInAsync("lanhdao");

        var noReason = await town.PostAsJsonAsync($"{Url}/{Id(first)}/return", new { reason = " " }, Ct);
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("reason");
        var returned = await ReadAsync(await town.PostAsJsonAsync($"{Url}/{Id(first)}/return", new { reason = "Thiếu số liệu lĩnh vực chứng thực" }, Ct));
        returned.GetProperty("status").GetString().ShouldBe("returned");
        returned.GetProperty("returnReason").GetString().ShouldBe("Thiếu số liệu lĩnh vực chứng thực");

        var second = await SubmitAsync("lanhdao.xa", "2024-M11");
        second.GetProperty("version").GetInt32().ShouldBe(2);
        var accepted = await ReadAsync(await town.PostAsync($"{Url}/{Id(second)}/accept", null, Ct));
        accepted.GetProperty("status").GetString().ShouldBe("accepted");
        accepted.GetProperty("decidedBy").GetString().ShouldBe("lanhdao");
        await (await town.PostAsync($"{Url}/{Id(second)}/accept", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await (await App.SignedInAsync("lanhdao.xa")).PostAsJsonAsync(Url, new { unitCode = DossierRequests.Ward, period = "2024-M11" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var board = await town.GetFromJsonAsync<JsonElement>($"{Url}?parentUnitCode=PL&period=2024-M11", Ct);
        var ward = board.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitCode").GetString() == DossierRequests.Ward);
        ward.GetProperty("state").GetString().ShouldBe("accepted");
        ward.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("version").GetInt32()).ShouldBe([2, 1]);
    }

    [Fact]
    public async Task The_parent_sees_who_submitted_when_and_who_is_late()
    {
        await SubmitAsync("lanhdao.xa", "2024-M09");

        var board = await (await App.SignedInAsync("lanhdao")).GetFromJsonAsync<JsonElement>($"{Url}?parentUnitCode=PL&period=2024-M09", Ct);

        var units = board.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitCode").GetString()!);
        units.Keys.ShouldNotContain("PL-MC");
        var ward = units[DossierRequests.Ward];
        ward.GetProperty("state").GetString().ShouldBe("submitted");
        // Seed 001: communes report by the 17th of the period's last month; this one submitted months later.
        ward.GetProperty("deadline").GetString().ShouldBe("2024-09-17");
        ward.GetProperty("late").GetBoolean().ShouldBeTrue();
        ward.GetProperty("latest").GetProperty("submittedAt").GetDateTimeOffset().ShouldBe(App.Clock.GetUtcNow());
        var other = units["PL-THACMO"];
        other.GetProperty("state").GetString().ShouldBe("notSubmitted");
        other.GetProperty("late").GetBoolean().ShouldBeTrue();
        board.GetProperty("submitted").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task The_parent_consolidates_the_figures_its_sub_units_submitted_labelled_as_such()
    {
        var sent = await SubmitAsync("lanhdao.xa", "2024-M06");
        var frozen = await (await App.SignedInAsync("lanhdao")).GetFromJsonAsync<JsonElement>($"{Url}/{Id(sent)}", Ct);

        var report = await App.ReportAsync("lanhdao", "II.06", "unitCode=PL&period=2024-M06&by=unit&source=submitted");

        report.GetProperty("source").GetString().ShouldBe("submitted");
        var ward = report.Rows().Single(r => r.GetProperty("unitCode").GetString() == DossierRequests.Ward);
        ward.GetProperty("label").GetString().ShouldBe("Ủy ban nhân dân phường Long Thủy (số liệu đã gửi, lần 1)");
        Enumerable.Range(3, 11).ShouldAllBe(c => ward.Cell(c) == frozen.Total().Cell(c));
        var other = report.Rows().Single(r => r.GetProperty("unitCode").GetString() == "PL-THACMO");
        other.GetProperty("label").GetString().ShouldBe("Ủy ban nhân dân phường Thác Mơ (chưa gửi)");
        Enumerable.Range(3, 11).ShouldAllBe(c => other.Cell(c) == 0);
        report.ItemsShouldAddUpToTheTotal("submitted");

        var live = await App.ReportAsync("lanhdao", "II.06", "unitCode=PL&period=2024-M06&by=unit");
        live.GetProperty("source").GetString().ShouldBe("live");
    }

    [Theory]
    [InlineData("chuyenvien.xa", "2024-M08", HttpStatusCode.Forbidden)]
    [InlineData("lanhdao", "2024-M08", HttpStatusCode.Forbidden)]
    [InlineData("lanhdao.xa", "2024-Q9", HttpStatusCode.BadRequest)]
    [InlineData("lanhdao.bgm", "2024-M08", HttpStatusCode.NotFound)]
    public async Task Only_the_units_leader_submits_a_known_period(string userName, string period, HttpStatusCode status)
    {
        var response = await (await App.SignedInAsync(userName)).PostAsJsonAsync(Url, new { unitCode = DossierRequests.Ward, period }, Ct);

        await response.ShouldBeProblemAsync(status);
    }

    [Fact]
    public async Task A_running_period_cannot_be_submitted_and_the_ward_cannot_accept_its_own_report()
    {
        var running = App.Today.Day >= 15 ? App.Today.AddMonths(1) : App.Today;
        var response = await (await App.SignedInAsync("lanhdao.xa")).PostAsJsonAsync(
            Url, new { unitCode = DossierRequests.Ward, period = running.ToString("yyyy-'M'MM", CultureInfo.InvariantCulture) }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        var submitted = await SubmitAsync("lanhdao.xa", "2024-M07");
        var own = await (await App.SignedInAsync("lanhdao.xa")).PostAsync($"{Url}/{Id(submitted)}/accept", null, Ct);
        await own.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static string Id(JsonElement submission) => submission.GetProperty("id").GetString()!;

    private async Task<JsonElement> SubmitAsync(string userName, string period)
    {
        var response = await (await App.SignedInAsync(userName)).PostAsJsonAsync(Url, new { unitCode = DossierRequests.Ward, period }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class SubmissionTestsOnSqlite(SqliteApp app) : SubmissionTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SubmissionTestsOnPostgres(PostgresApp app) : SubmissionTests(app);
