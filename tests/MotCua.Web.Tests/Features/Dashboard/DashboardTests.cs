using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dashboard;

public abstract class DashboardTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_dossier_received_and_resolved_today_shows_in_the_figures_and_the_productivity()
    {
        var before = await DashboardAsync("lanhdao.xa", DossierRequests.Ward);

        var code = await App.ReceiveBirthAsync();
        await App.IssueResultAsync(code);
        await App.ReceiveBirthAsync();

        var after = await DashboardAsync("lanhdao.xa", DossierRequests.Ward);
        Figure(after, "received").ShouldBe(Figure(before, "received") + 2);
        Figure(after, "counter").ShouldBe(Figure(before, "counter") + 2);
        (Figure(after, "early") + Figure(after, "onTime")).ShouldBe(Figure(before, "early") + Figure(before, "onTime") + 1);
        Figure(after, "inProgress").ShouldBe(Figure(before, "inProgress") + 1);
        Officer(after, "receptionists", "tiepnhan.xa").GetProperty("count").GetInt32().ShouldBe(Officer(before, "receptionists", "tiepnhan.xa").GetProperty("count").GetInt32() + 2);
        Officer(after, "receptionists", "tiepnhan.xa").GetProperty("norm").GetDecimal().ShouldBeGreaterThan(0);
        Officer(after, "specialists", "chuyenvien.xa").GetProperty("count").GetInt32().ShouldBe(Officer(before, "specialists", "chuyenvien.xa").GetProperty("count").GetInt32() + 1);
        after.GetProperty("months").GetArrayLength().ShouldBe(12);
        after.GetProperty("rates").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .ShouldBe(["onlineShare", "onlinePayment", "digitization", "reuse", "electronicResults", "satisfaction", "onTime", "feedbackOnTime"]);
    }

    [Fact]
    public async Task A_historical_import_shows_up_in_the_figures_of_its_days()
    {
        // 14 June 2023: before every demo dossier, so the day holds only the imported one.
        const string Line = $$"""{"code":"000.17.31.H10-230614-0001","procedureCode":"1.001193.000.00.00.H10","unitCode":"PL-LONGTHUY","channel":"online","applicant":{"fullName":"Lê Văn Cũ"},"receivedAt":"2023-06-14T08:10:00+07:00","components":[{"name":"Tờ khai","origin":"upload"}],"events":[{"type":"assign","at":"2023-06-14T09:00:00+07:00","note":"chuyenvien.xa"},{"type":"approve","at":"2023-06-14T14:00:00+07:00"},{"type":"issue-result","at":"2023-06-14T15:00:00+07:00"},{"type":"return-result","at":"2023-06-15T08:00:00+07:00"}],"rating":{"at":"2023-06-16T08:00:00+07:00","level":"satisfied"},"resultKind":"electronic",{{Signature}}}""";
        var import = await (await App.SignedInAsync("admin")).PostAsync("/api/v1/dossiers/import", new StringContent(Line, System.Text.Encoding.UTF8, "application/x-ndjson"), Ct);
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync(Ct));

        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/dashboard?unitCode={DossierRequests.Ward}&from=2023-06-01&to=2023-06-30", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        (Figure(report, "received"), Figure(report, "online"), Figure(report, "early"), Figure(report, "inProgress")).ShouldBe((1, 1, 1, 0));
        Rate(report, "satisfaction").ShouldBe(100m);
        Rate(report, "electronicResults").ShouldBe(100m);
        Rate(report, "onlineShare").ShouldBe(100m);
    }

    [Fact]
    public async Task An_imported_electronic_result_counts_only_with_the_signature_the_previous_system_recorded()
    {
        // 22 May 2023, a day of its own before every demo dossier and the other import: one result recorded as signed, one filed as electronic without a signature.
        var lines = string.Join('\n', new[] { ("0001", $",{Signature}"), ("0002", "") }.Select(l =>
            $$"""{"code":"000.17.31.H10-230522-{{l.Item1}}","procedureCode":"1.001193.000.00.00.H10","unitCode":"PL-LONGTHUY","channel":"counter","applicant":{"fullName":"Lê Văn Cũ"},"receivedAt":"2023-05-22T08:10:00+07:00","events":[{"type":"approve","at":"2023-05-22T14:00:00+07:00"},{"type":"issue-result","at":"2023-05-22T15:00:00+07:00"}],"resultKind":"electronic"{{l.Item2}}}"""));
        var import = await (await App.SignedInAsync("admin")).PostAsync("/api/v1/dossiers/import", new StringContent(lines, System.Text.Encoding.UTF8, "application/x-ndjson"), Ct);
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync(Ct));

        var report = await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dashboard?unitCode={DossierRequests.Ward}&from=2023-05-22&to=2023-05-22", Ct);

        Rate(report, "electronicResults").ShouldBe(50m);
    }

    [Fact]
    public async Task The_district_includes_its_wards_and_lists_them_by_unit()
    {
        await App.ReceiveBirthAsync();

        var district = await DashboardAsync("lanhdao", "PL");
        var ward = await DashboardAsync("lanhdao", DossierRequests.Ward);

        Figure(district, "received").ShouldBeGreaterThanOrEqualTo(Figure(ward, "received"));
        district.GetProperty("byUnit").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ShouldContain(n => n!.Contains("Long Thủy"));
    }

    [Fact]
    public async Task An_officer_does_not_see_a_unit_outside_his_scope()
    {
        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/dashboard?unitCode=BGM&{Today()}", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_period_ending_after_today_is_refused_in_Vietnamese()
    {
        var tomorrow = App.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await (await App.SignedInAsync("lanhdao")).GetAsync($"/api/v1/dashboard?unitCode=PL&from={tomorrow}&to={tomorrow}", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorMessages().ShouldContain("Ngày kết thúc không được sau ngày hôm nay.");
    }

    [Theory]
    [InlineData("months", "Tiếp nhận", "Giải quyết trước và đúng hạn", "Quá hạn")]
    [InlineData("channels", "Tại quầy", "Trực tuyến", "Bưu chính")]
    [InlineData("timeliness", "Trước hạn", "Đúng hạn", "Quá hạn")]
    public async Task A_chart_is_valid_SVG_naming_its_series(string chart, string first, string second, string third)
    {
        var response = await (await App.SignedInAsync("lanhdao")).GetAsync($"/api/v1/dashboard/charts/{chart}.svg?unitCode=PL&{Today()}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType?.MediaType.ShouldBe("image/svg+xml");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        svg.Root!.Name.LocalName.ShouldBe("svg");
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        texts.ShouldContain(first);
        texts.ShouldContain(second);
        texts.ShouldContain(third);
    }

    [Fact]
    public async Task An_unknown_chart_is_not_found()
    {
        var response = await (await App.SignedInAsync("lanhdao")).GetAsync($"/api/v1/dashboard/charts/pie.svg?unitCode=PL&{Today()}", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_page_shows_the_figures_the_charts_and_the_productivity()
    {
        var page = await (await App.SignedInAsync("lanhdao")).GetStringAsync($"/Dashboard?unitCode=PL&{Today()}", Ct);

        page.ShouldContain("Bảng điều hành");
        page.ShouldContain("data-figures=\"totals\"");
        page.ShouldContain("<svg");
        page.ShouldContain("Năng suất");
        page.ShouldContain("7.920");
    }

    [Fact]
    public async Task The_targets_page_says_which_indicators_have_no_data_source()
    {
        var page = await (await App.SignedInAsync("lanhdao")).GetStringAsync("/Targets?unitCode=PL&year=2024&quarter=2", Ct);

        page.ShouldContain("Tỷ lệ thanh toán trực tuyến");
        page.ShouldContain("Chưa có nguồn dữ liệu trong MotCua");
        page.ShouldContain("class=\"light ");
        page.ShouldContain("<figure class=\"roadmap\"><svg");
        page.ShouldContain("Lộ trình tối thiểu");
    }

    private string Today()
    {
        var today = App.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"from={today}&to={today}";
    }

    private async Task<JsonElement> DashboardAsync(string userName, string unitCode)
    {
        var response = await (await App.SignedInAsync(userName)).GetAsync($"/api/v1/dashboard?unitCode={unitCode}&{Today()}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>How a previous system recorded the signature it verified on an electronic result.</summary>
    private const string Signature = "\"resultSignature\":{\"signer\":\"UBND phường Long Thủy\",\"serialNumber\":\"5403A1B2C3\",\"issuer\":\"VNPT Certification Authority\",\"signedAt\":\"2023-06-14T15:00:00+07:00\"}";

    private static int Figure(JsonElement report, string name) => report.GetProperty("totals").GetProperty(name).GetInt32();

    private static decimal Rate(JsonElement report, string id) =>
        report.GetProperty("rates").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id).GetProperty("value").GetDecimal();

    private static JsonElement Officer(JsonElement report, string list, string userName) =>
        report.GetProperty(list).EnumerateArray().Single(o => o.GetProperty("userName").GetString() == userName);
}

[Collection(SqliteGroup.Name)]
public sealed class DashboardTestsOnSqlite(SqliteApp app) : DashboardTests(app);

[Collection(PostgresGroup.Name)]
public sealed class DashboardTestsOnPostgres(PostgresApp app) : DashboardTests(app);
