using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.PersonalData;

/// <summary>
/// Issue 14, Decree 13/2023/NĐ-CP: every read of a dossier's personal data by an officer is one entry of the access log,
/// naming him, what he did and from where; a refused request writes none; the office reads its units' log only.
/// </summary>
public abstract class PersonalDataAccessTests(MotCuaApp app) : ProviderTests(app)
{
    private static int sequence = Random.Shared.Next(10_000, 90_000);

    public static TheoryData<string, string> Reads => new()
    {
        { "api", "opened" },
        { "page", "opened" },
        { "receipt", "printed" },
        { "scan", "downloaded" },
        { "lookup", "lookedUp" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Each_read_of_a_dossier_by_an_officer_is_one_entry_naming_him_the_action_and_his_address(string read, string action)
    {
        var idNumber = UniqueIdNumber();
        var code = await App.ReceiveAsync(DossierRequests.Birth(idNumber: idNumber));
        var scan = await UploadScanAsync(code);
        var leader = await App.FromAsync("lanhdao.xa", "198.51.100.23");

        var (response, file) = read switch
        {
            "api" => (await leader.GetAsync($"/api/v1/dossiers/{code}", Ct), (string?)null),
            "page" => (await leader.GetAsync($"/Dossiers/Detail/{code}", Ct), null),
            "receipt" => (await leader.GetAsync($"/api/v1/dossiers/{code}/documents/receipt", Ct), $"giay-tiep-nhan-{code}.pdf"),
            "scan" => (await leader.GetAsync($"/api/v1/dossiers/{code}/attachments/{scan}", Ct), "giay-chung-sinh.pdf"),
            _ => (await leader.GetAsync($"/Dossiers/New?idNumber={idNumber}", Ct), null),
        };

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var entry = (await App.EntriesAsync(code)).ShouldHaveSingleItem();
        entry.GetProperty("action").GetString().ShouldBe(action);
        entry.GetProperty("officerUserName").GetString().ShouldBe("lanhdao.xa");
        entry.GetProperty("officerFullName").GetString().ShouldBe("Đặng Văn Chủ Tịch");
        entry.GetProperty("officerUnitCode").GetString().ShouldBe("PL-LONGTHUY");
        entry.GetProperty("unitCode").GetString().ShouldBe("PL-LONGTHUY");
        entry.GetProperty("dossierCode").GetString().ShouldBe(code);
        entry.GetProperty("dossierCount").GetInt32().ShouldBe(1);
        entry.GetProperty("what").GetString().ShouldBe(file);
        entry.GetProperty("address").GetString().ShouldBe("198.51.100.23");
        entry.GetProperty("userAgent").GetString().ShouldBe(AccessLogRequests.Browser);
        entry.GetProperty("at").GetDateTimeOffset().ShouldBe(App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task An_export_of_the_register_is_one_entry_for_the_office_that_each_of_its_dossiers_shows()
    {
        var (first, second) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        var desk = await App.FromAsync("tiepnhan.xa", "2001:db8::7");
        var exports = AccessLogRequests.LogUrl(App, "PL", "&officer=tiepnhan.xa&action=exported");
        var kstt = await App.SignedInAsync("kstt.pl");
        var before = (await kstt.GetFromJsonAsync<JsonElement>(exports, Ct)).GetProperty("total").GetInt32();
        var day = App.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await desk.GetAsync($"/api/v1/dossiers/register?unitCode=PL-LONGTHUY&from={day}&to={day}&format=xlsx", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        (await kstt.GetFromJsonAsync<JsonElement>(exports, Ct)).GetProperty("total").GetInt32().ShouldBe(before + 1);
        var entry = (await App.EntriesAsync(first)).ShouldHaveSingleItem();
        (await App.EntriesAsync(second)).ShouldHaveSingleItem().ToString().ShouldBe(entry.ToString());
        entry.GetProperty("action").GetString().ShouldBe("exported");
        entry.GetProperty("dossierCode").ValueKind.ShouldBe(JsonValueKind.Null);
        entry.GetProperty("dossierCount").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        entry.GetProperty("what").GetString().ShouldBe($"so-theo-doi-PL-LONGTHUY-{App.Today:yyyyMMdd}-{App.Today:yyyyMMdd}.xlsx");
        entry.GetProperty("officerUnitCode").GetString().ShouldBe("PL-LONGTHUY-MC");
        entry.GetProperty("address").GetString().ShouldBe("2001:db8::7");
    }

    [Fact]
    public async Task A_refused_or_failed_request_writes_nothing()
    {
        var idNumber = UniqueIdNumber();
        var code = await App.ReceiveAsync(DossierRequests.Birth(idNumber: idNumber));
        var (stranger, leader) = (await App.FromAsync("tiepnhan.bgm", "198.51.100.30"), await App.FromAsync("lanhdao.xa", "198.51.100.31"));
        var day = App.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await (await stranger.GetAsync($"/api/v1/dossiers/{code}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/Dossiers/Detail/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/v1/dossiers/{code}/documents/receipt", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/v1/dossiers/register?unitCode=PL-LONGTHUY&from={day}&to={day}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await stranger.GetStringAsync($"/Dossiers/New?idNumber={idNumber}", Ct)).ShouldNotContain("Nguyễn Văn An");
        await (await leader.GetAsync($"/api/v1/dossiers/{code}/attachments/{Guid.NewGuid()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await leader.GetAsync($"/api/v1/dossiers/{code}/documents/refusal", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await leader.GetAsync($"/api/v1/dossiers/{code}/documents/result", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await leader.GetAsync($"/api/v1/dossiers/{code}/documents/no-such-paper", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await leader.GetAsync($"/api/v1/dossiers/register?unitCode=PL-LONGTHUY&from={day}&to={day}&format=doc", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await App.EntriesAsync(code, "admin", "TINH")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_log_is_read_by_the_overseers_of_the_dossiers_unit_or_above_and_by_nobody_else()
    {
        var code = await App.ReceiveBirthAsync();
        await (await App.FromAsync("chuyenvien.xa", "198.51.100.40")).GetAsync($"/api/v1/dossiers/{code}", Ct);

        (await App.EntriesAsync(code, "kstt.pl", "PL")).ShouldHaveSingleItem();
        (await App.EntriesAsync(code, "lanhdao.xa", "PL-LONGTHUY")).ShouldHaveSingleItem();
        (await App.EntriesAsync(code, "admin", "TINH")).ShouldHaveSingleItem();
        (await App.EntriesAsync(code, "lanhdao.bgm", "BGM")).ShouldBeEmpty();
        await (await (await App.SignedInAsync("lanhdao.bgm")).GetAsync(AccessLogRequests.LogUrl(App, "PL"), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await (await App.SignedInAsync("tiepnhan.xa")).GetAsync(AccessLogRequests.LogUrl(App, "PL-LONGTHUY"), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await (await App.SignedInAsync("chuyenvien.xa")).GetAsync(AccessLogRequests.LogUrl(App, "PL-LONGTHUY", $"&dossierCode={code}"), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var sibling = (await (await App.SignedInAsync("lanhdao.bgm")).GetStringAsync(AccessLogRequests.LogUrl(App, "BGM").Replace("/api/v1/personal-data-access", "/PersonalData"), Ct));
        sibling.ShouldNotContain(code);
    }

    [Fact]
    public async Task The_office_page_lists_the_entries_and_the_workbook_holds_them()
    {
        var code = await App.ReceiveBirthAsync();
        await (await App.FromAsync("chuyenvien.xa", "198.51.100.50")).GetAsync($"/api/v1/dossiers/{code}/documents/control-sheet", Ct);
        var kstt = await App.SignedInAsync("kstt.pl");
        var filter = $"&dossierCode={code}";

        var page = await kstt.GetStringAsync(AccessLogRequests.LogUrl(App, "PL", filter).Replace("/api/v1/personal-data-access", "/PersonalData"), Ct);
        var workbook = await kstt.GetAsync(AccessLogRequests.LogUrl(App, "PL", filter).Replace("personal-data-access", "personal-data-access/export"), Ct);

        page.ShouldContain("Bùi Văn Hộ Tịch");
        page.ShouldContain($"phieu-kiem-soat-{code}.pdf");
        page.ShouldContain("198.51.100.50");
        workbook.StatusCode.ShouldBe(HttpStatusCode.OK, await workbook.Content.ReadAsStringAsync(Ct));
        workbook.Content.Headers.ContentType?.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var xlsx = new ClosedXML.Excel.XLWorkbook(await workbook.Content.ReadAsStreamAsync(Ct));
        var sheet = xlsx.Worksheets.First();
        sheet.Cell(4, 3).GetString().ShouldBe("Bùi Văn Hộ Tịch");
        sheet.Cell(4, 7).GetString().ShouldBe(code);
        sheet.Cell(5, 1).IsEmpty().ShouldBeTrue();
        await (await kstt.GetAsync(AccessLogRequests.LogUrl(App, "PL", "&action=peeked"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_citizen_sees_who_read_his_dossier_without_their_addresses_and_never_another_citizens()
    {
        var (citizen, _) = await App.CitizenAsync();
        var (other, _) = await App.CitizenAsync();
        var code = await (await citizen.SubmitBirthAsync(CitizenRequests.BothFiles())).SubmittedCodeAsync();
        var desk = await App.FromAsync("tiepnhan.xa", "198.51.100.60");
        await desk.GetAsync($"/api/v1/dossiers/{code}", Ct);
        await DossierRequests.ActAsync(desk, code, "receive", new { });
        var day = App.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await desk.GetAsync($"/api/v1/dossiers/register?unitCode=PL-LONGTHUY&from={day}&to={day}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var readers = await citizen.GetFromJsonAsync<JsonElement>($"/api/v1/citizens/me/dossiers/{code}/accesses", Ct);

        readers.GetProperty("total").GetInt32().ShouldBe(2);
        var items = readers.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("action").GetString()).ShouldBe(["exported", "opened"], ignoreOrder: true);
        items.ShouldAllBe(i => i.GetProperty("officerFullName").GetString() == "Đỗ Thị Phường" && i.GetProperty("officerUnit").GetString() == "Bộ phận Một cửa phường Long Thủy");
        items.SelectMany(i => i.EnumerateObject().Select(p => p.Name)).Distinct().ShouldBe(["at", "action", "officerFullName", "officerUnit"], ignoreOrder: true);
        (await citizen.MyDossiersAsync()).GetProperty("items").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code).GetProperty("reads").GetInt32().ShouldBe(2);
        await (await other.GetAsync($"/api/v1/citizens/me/dossiers/{code}/accesses", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await desk.GetAsync($"/api/v1/citizens/me/dossiers/{code}/accesses", Ct)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized);
    }

    /// <summary>A CCCD of Hồ Chí Minh City (079) that no other dossier has, so a look-up finds this test's dossier.</summary>
    private static string UniqueIdNumber() => string.Create(CultureInfo.InvariantCulture, $"0792031{Interlocked.Increment(ref sequence):D5}");

    /// <summary>A scan of the birth certificate attached at the desk; its id.</summary>
    private async Task<Guid> UploadScanAsync(string code)
    {
        var response = await (await App.SignedInAsync("tiepnhan.xa")).PostFileAsync(
            $"/api/v1/dossiers/{code}/attachments", DossierFiles.Pdf(), "giay-chung-sinh.pdf", "application/pdf", ("component", DossierFiles.BirthCertificate));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}

[Collection(SqliteGroup.Name)]
public sealed class PersonalDataAccessTestsOnSqlite(SqliteApp app) : PersonalDataAccessTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PersonalDataAccessTestsOnPostgres(PostgresApp app) : PersonalDataAccessTests(app);
