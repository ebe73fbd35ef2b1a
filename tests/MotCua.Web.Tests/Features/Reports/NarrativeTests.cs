using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>
/// The narrative report (REPORTS.md §4): the ward's draft words saved and edited, printed with the figures of every
/// form in force in the Decree 30 layout, issued once by the leader, then kept as printed. Each test takes its own period.
/// </summary>
public abstract class NarrativeTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Url = "/api/v1/reports/narrative";

    private static string Query(string period) => $"?unitCode={DossierRequests.Ward}&period={period}";

    [Fact]
    public async Task A_draft_is_saved_edited_printed_with_every_form_and_issued_once_by_the_leader()
    {
        var officer = await App.SignedInAsync("chuyenvien.xa");
        var leader = await App.SignedInAsync("lanhdao.xa");
        const string Period = "2024-Q2";

        var first = await ReadAsync(await officer.PutAsJsonAsync(Url + Query(Period), Words("Kết quả lần đầu"), Ct));
        var edited = await ReadAsync(await officer.PutAsJsonAsync(Url + Query(Period), Words("Đã tiếp nhận và giải quyết đúng hạn phần lớn hồ sơ"), Ct));
        var read = await officer.GetFromJsonAsync<JsonElement>(Url + Query(Period), Ct);
        var draftPdf = await PdfAsync(officer, Period);

        first.GetProperty("state").GetString().ShouldBe("draft");
        edited.GetProperty("results").GetString().ShouldBe("Đã tiếp nhận và giải quyết đúng hạn phần lớn hồ sơ");
        read.GetProperty("updatedBy").GetString().ShouldBe("chuyenvien.xa");
        read.GetProperty("title").GetString().ShouldBe("Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý II năm 2024");
        var reports = read.GetProperty("reports").EnumerateArray().ToList();
        reports.Select(r => r.GetProperty("form").GetString()).ShouldContain("II.06d");
        reports.Select(r => r.GetProperty("form").GetString()).ShouldContain("II.07d");
        reports.ShouldAllBe(r => r.GetProperty("period").GetProperty("code").GetString() == Period);
        draftPdf.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        draftPdf.ShouldContain("Kính gửi: Ủy ban nhân dân");
        draftPdf.ShouldContain("quý II năm 2024");
        draftPdf.ShouldContain("I. KẾT QUẢ ĐẠT ĐƯỢC Đã tiếp nhận và giải quyết đúng hạn phần lớn hồ sơ");
        draftPdf.ShouldContain("II. KHÓ KHĂN, HẠN CHẾ Đường truyền chậm");
        draftPdf.ShouldContain("III. ĐỀ XUẤT, KIẾN NGHỊ Bổ sung máy quét");
        draftPdf.ShouldNotContain("Kết quả lần đầu");
        reports.ShouldAllBe(r => draftPdf.Contains(r.GetProperty("formNumber").GetString()!));

        await (await officer.PostAsync($"{Url}/issue{Query(Period)}", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var issued = await ReadAsync(await leader.PostAsync($"{Url}/issue{Query(Period)}", null, Ct));
        issued.GetProperty("state").GetString().ShouldBe("issued");
        issued.GetProperty("issuedBy").GetString().ShouldBe("lanhdao.xa");
        await (await officer.PutAsJsonAsync(Url + Query(Period), Words("Sửa sau khi ban hành"), Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await leader.PostAsync($"{Url}/issue{Query(Period)}", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var kept = await PdfAsync(officer, Period);
        kept.ShouldContain("Số: 12/BC-UBND");
        kept.ShouldContain("Đã tiếp nhận và giải quyết đúng hạn phần lớn hồ sơ");
        (await officer.GetFromJsonAsync<JsonElement>(Url + Query(Period), Ct)).GetProperty("results").GetString().ShouldBe("Đã tiếp nhận và giải quyết đúng hạn phần lớn hồ sơ");
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Vietnamese_and_nothing_is_saved()
    {
        var leader = await App.SignedInAsync("lanhdao.xa");
        const string Period = "2024-H1";

        var badPeriod = await (await leader.PutAsJsonAsync($"{Url}?unitCode={DossierRequests.Ward}&period=2024-Q9", Words("x"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var tooLong = await (await leader.PutAsJsonAsync(Url + Query(Period), new { number = "1/BC", results = new string('x', 20_001), difficulties = "", proposals = "" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var unwritten = await (await leader.PostAsync($"{Url}/issue{Query(Period)}", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var outOfScope = await (await leader.GetAsync($"{Url}?unitCode=PL&period={Period}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var draft = await leader.GetFromJsonAsync<JsonElement>(Url + Query(Period), Ct);
        var english = await App.SignedInAsync("lanhdao.xa");
        english.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var inEnglish = await (await english.PutAsJsonAsync($"{Url}?unitCode={DossierRequests.Ward}&period=2024-Q9", Words("x"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        badPeriod.ErrorKeys().ShouldBe(["period"]);
        badPeriod.ErrorMessages().Single().ShouldStartWith("Kỳ báo cáo phải có dạng");
        inEnglish.ErrorMessages().Single().ShouldStartWith("The period must be written");
        tooLong.ErrorKeys().ShouldBe(["results"]);
        unwritten.ErrorKeys().Order(StringComparer.Ordinal).ShouldBe(["difficulties", "number", "proposals", "results"]);
        outOfScope.Title().ShouldNotBeNullOrEmpty();
        draft.GetProperty("state").GetString().ShouldBe("draft");
        draft.GetProperty("results").GetString().ShouldBe(string.Empty);
        draft.GetProperty("updatedBy").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private static object Words(string results) => new { number = "12/BC-UBND", results, difficulties = "Đường truyền chậm", proposals = "Bổ sung máy quét" };

    private static async Task<string> PdfAsync(HttpClient client, string period)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url + Query(period));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        var response = await client.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        return await PdfTools.WordsAsync(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class NarrativeTestsOnSqlite(SqliteApp app) : NarrativeTests(app);

[Collection(PostgresGroup.Name)]
public sealed class NarrativeTestsOnPostgres(PostgresApp app) : NarrativeTests(app);
