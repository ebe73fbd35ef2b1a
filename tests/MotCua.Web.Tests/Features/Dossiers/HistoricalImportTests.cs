using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MotCua.Web.Documents;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

public abstract class HistoricalImportTests(MotCuaApp app) : ProviderTests(app)
{
    private static int sequence = 5000;

    [Fact]
    public async Task Historical_dossiers_are_replayed_with_their_events_and_a_rerun_imports_nothing_twice()
    {
        var admin = await App.SignedInAsync("admin");
        var (returned, waiting) = (UniqueCode(), UniqueCode());
        var lines = string.Join('\n',
            Line(returned, """[{"type":"assign","at":"2024-03-04T09:00:00+07:00","note":"chuyenvien.xa"},{"type":"approve","at":"2024-03-04T14:00:00+07:00"},{"type":"issue-result","at":"2024-03-04T15:00:00+07:00"},{"type":"return-result","at":"2024-03-05T08:00:00+07:00"}]""", ""","rating":{"at":"2024-03-06T08:00:00+07:00","level":"verySatisfied"},"payments":[{"at":"2024-03-04T08:10:00+07:00","amount":8000,"online":true}],"resultKind":"electronic","vneid":true"""),
            Line(waiting, """[{"type":"request-supplement","at":"2024-03-04T10:00:00+07:00","note":"Thiếu giấy chứng sinh"}]"""));

        var first = await Post(admin, lines);
        var again = await Post(admin, lines);

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        var report = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        report.GetProperty("imported").GetInt32().ShouldBe(2);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("skipped").GetInt32().ShouldBe(2);
        var done = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{returned}", Ct);
        done.GetProperty("status").GetString().ShouldBe("returned");
        done.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2024-03-05T08:10:00+07:00", System.Globalization.CultureInfo.InvariantCulture));
        done.GetProperty("timeliness").GetString().ShouldBe("early");
        done.GetProperty("history").GetArrayLength().ShouldBe(5);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{waiting}", Ct)).GetProperty("status").GetString().ShouldBe("waitingSupplement");

        // Imported histories are chained as they are written: the check finds them whole.
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/integrity", Ct)).GetProperty("breaks").EnumerateArray()
            .Where(b => b.GetProperty("dossierCode").GetString() is { } code && (code == returned || code == waiting)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_with_any_bad_line_imports_nothing_and_names_each_line()
    {
        var admin = await App.SignedInAsync("admin");
        var good = UniqueCode();
        var lines = string.Join('\n',
            Line(good, "[]"),
            Line(UniqueCode(), """[{"type":"return-result","at":"2024-03-04T09:00:00+07:00"}]"""),
            "{ not json",
            Line("sai-ma", "[]"));

        var problem = await (await Post(admin, lines)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["lines[2]", "lines[3]", "lines[4]"]);
        problem.ErrorMessages().ShouldContain(m => m.Contains("return-result"));
        await (await admin.GetAsync($"/api/v1/dossiers/{good}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await (await App.SignedInAsync("lanhdao")).PostAsync("/api/v1/dossiers/import", new StringContent(Line(UniqueCode(), "[]"), Encoding.UTF8, "application/x-ndjson"), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>Issue 18, "also found": the apology letter of an imported dossier answered 500, its new appointment never recorded.</summary>
    [Fact]
    public async Task The_apology_letter_of_an_imported_dossier_prints_its_new_appointment_or_a_blank_to_fill_in()
    {
        var admin = await App.SignedInAsync("admin");
        var (dated, undated) = (UniqueCode(), UniqueCode());
        var imported = await Post(admin, string.Join('\n',
            Line(dated, """[{"type":"apologize","at":"2024-03-06T09:00:00+07:00","note":"Cần xác minh thêm","newDueAt":"2024-03-08T16:00:00+07:00"}]"""),
            Line(undated, """[{"type":"apologize","at":"2024-03-06T09:00:00+07:00","note":"Cần xác minh thêm"}]""")));
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(Ct));

        var withDate = await Documents.PdfTools.TextAsync(await App.PrintAsync(dated, "apology"));
        var withoutDate = await Documents.PdfTools.TextAsync(await App.PrintAsync(undated, "apology"));

        withDate.ShouldContain("Lý do: Cần xác minh thêm");
        withDate.ShouldContain($"lần sau: {DateText.Moment(DateTimeOffset.Parse("2024-03-08T16:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture))}.");
        withoutDate.ShouldContain("lần sau: ………………");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{dated}", Ct)).GetProperty("rescheduledTo").GetDateTimeOffset()
            .ShouldBe(DateTimeOffset.Parse("2024-03-08T16:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_new_appointment_is_imported_only_on_an_apology_and_after_it()
    {
        var admin = await App.SignedInAsync("admin");
        var lines = string.Join('\n',
            Line(UniqueCode(), """[{"type":"apologize","at":"2024-03-06T09:00:00+07:00","newDueAt":"2024-03-06T08:00:00+07:00"}]"""),
            Line(UniqueCode(), """[{"type":"approve","at":"2024-03-06T09:00:00+07:00","newDueAt":"2024-03-08T16:00:00+07:00"}]"""));

        var problem = await (await Post(admin, lines)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["lines[1]", "lines[2]"]);
        problem.ErrorMessages().ShouldAllBe(m => m.Contains("newDueAt"));
    }

    /// <summary>Codes of a day no intake test uses (15 Jan 2024), unique within a test run.</summary>
    internal static string UniqueCode() => $"000.17.31.H10-240115-{Interlocked.Increment(ref sequence):D4}";

    internal static string Line(string code, string events, string extra = "") =>
        $$"""{"code":"{{code}}","procedureCode":"1.001193.000.00.00.H10","unitCode":"PL-LONGTHUY","channel":"online","applicant":{"fullName":"Lê Văn Cũ"},"receivedAt":"2024-03-04T08:10:00+07:00","components":[{"name":"Tờ khai","origin":"upload"}],"events":{{events}}{{extra}}}""";

    internal static Task<HttpResponseMessage> Post(HttpClient client, string lines) =>
        client.PostAsync("/api/v1/dossiers/import", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), Ct);
}

[Collection(SqliteGroup.Name)]
public sealed class HistoricalImportTestsOnSqlite(SqliteApp app) : HistoricalImportTests(app);

[Collection(PostgresGroup.Name)]
public sealed class HistoricalImportTestsOnPostgres(PostgresApp app) : HistoricalImportTests(app);
