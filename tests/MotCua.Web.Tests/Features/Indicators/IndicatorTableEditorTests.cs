using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Indicators;

public abstract class IndicatorTableEditorTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Shipped = "766-2022.v1";

    [Fact]
    public async Task A_new_version_changes_the_points_of_the_periods_from_its_effective_date()
    {
        var admin = await App.SignedInAsync("admin");
        var today = App.Today;
        await App.ReceiveBirthAsync();
        // 2.1 worth 15 instead of 20, the 5 points moved to 1.4: the groups still add up to 100.
        var edited = await ShippedAsync(admin);
        Indicator(edited, "2.1")["maximum"] = 15;
        Group(edited, "progress")["maximum"] = 15;
        Indicator(edited, "1.4")["maximum"] = 11;
        Group(edited, "transparency")["maximum"] = 23;
        var version = Unique("v2");
        edited["version"] = version;
        edited["effectiveFrom"] = Day(today);
        // The shipped figures again from tomorrow, so that no other test's period sees the edited version.
        var restored = await ShippedAsync(admin);
        restored["version"] = Unique("v3");
        restored["effectiveFrom"] = Day(today.AddDays(1));

        var saved = await admin.PostAsJsonAsync("/api/v1/indicators/tables", edited, Ct);
        (await admin.PostAsJsonAsync("/api/v1/indicators/tables", restored, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var index = await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/indicators/service-index?unitCode={DossierRequests.Ward}&from={Day(today)}&to={Day(today)}", Ct);
        var earlier = await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/indicators/service-index?unitCode={DossierRequests.Ward}&from={Day(today.AddDays(-1))}&to={Day(today)}", Ct);
        var versions = await admin.GetFromJsonAsync<JsonElement>("/api/v1/indicators/tables", Ct);
        App.Clock.Advance(TimeSpan.FromDays(1));

        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync(Ct));
        index.GetProperty("tableVersion").GetString().ShouldBe(version);
        var progress = Figures(index, "2.1");
        progress.GetProperty("maxPoints").GetDecimal().ShouldBe(15);
        progress.GetProperty("points").GetDecimal().ShouldBe(decimal.Round(15 * progress.GetProperty("numerator").GetDecimal() / progress.GetProperty("denominator").GetDecimal(), 2, MidpointRounding.AwayFromZero));
        earlier.GetProperty("tableVersion").GetString().ShouldBe(Shipped);
        Figures(earlier, "2.1").GetProperty("maxPoints").GetDecimal().ShouldBe(20);
        versions.EnumerateArray().Select(v => v.GetProperty("version").GetString()).ShouldContain(version);
    }

    [Fact]
    public async Task A_version_whose_groups_do_not_add_up_to_100_is_refused_in_Vietnamese_and_nothing_is_saved()
    {
        var admin = await App.SignedInAsync("admin");
        var edited = await ShippedAsync(admin);
        Indicator(edited, "2.1")["maximum"] = 25;
        edited["version"] = Unique("bad");
        var before = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/indicators/tables", Ct)).GetArrayLength();

        var response = await admin.PostAsJsonAsync("/api/v1/indicators/tables", edited, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["table"]);
        problem.ErrorMessages().ShouldContain(m => m.Contains("nhóm “Tiến độ, kết quả giải quyết”", StringComparison.Ordinal));
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/indicators/tables", Ct)).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_and_a_taken_version_a_409()
    {
        var admin = await App.SignedInAsync("admin");
        var shipped = await ShippedAsync(admin);

        var malformed = await admin.PostAsync("/api/v1/indicators/tables", new StringContent("{ \"version\": ", System.Text.Encoding.UTF8, "application/json"), Ct);
        var taken = await admin.PostAsJsonAsync("/api/v1/indicators/tables", shipped, Ct);

        (await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["table"]);
        await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_the_administrator_edits_the_table()
    {
        var leader = await App.SignedInAsync("lanhdao");
        var shipped = await ShippedAsync(await App.SignedInAsync("admin"));
        shipped["version"] = Unique("leader");

        (await leader.PostAsJsonAsync("/api/v1/indicators/tables", shipped, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.GetAsync("/Indicators/Tables", Ct)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        var page = await (await App.SignedInAsync("admin")).GetStringAsync("/Indicators/Tables", Ct);
        page.ShouldContain("Lưu phiên bản mới");
        page.ShouldContain("name=\"Cells[max:2.1]\"");
    }

    [Fact]
    public async Task The_page_names_the_time_limits_and_a_refused_cell_in_words_and_saves_a_pasted_JSON_version()
    {
        var browser = await CitizenPages.OfficerBrowserAsync(App, "admin");
        // The shipped version by name: another test of the collection may have saved one in force since.
        var page = await browser.GetStringAsync($"/Indicators/Tables?version={Shipped}", Ct);
        var refused = await browser.PostFormAsync("/Indicators/Tables", new MultipartFormDataContent
        {
            { new StringContent(Shipped), "Version" },
            { new StringContent(Unique("page")), "NewVersion" },
            { new StringContent(""), "EffectiveFrom" },
            { new StringContent("mười"), "Cells[max:2.1]" },
            { new StringContent("x"), "Cells[param:feedbackAnswerWorkingDays]" },
        });
        var pasted = await ShippedAsync(await App.SignedInAsync("admin"));
        var version = Unique("json");
        pasted["version"] = version;
        // Far from every test's periods: the figures are the shipped ones anyway.
        pasted["effectiveFrom"] = "2099-01-01";
        var imported = await browser.PostFormAsync("/Indicators/Tables?handler=Import", new MultipartFormDataContent { { new StringContent(pasted.ToJsonString()), "Json" } });
        var broken = await browser.PostFormAsync("/Indicators/Tables?handler=Import", new MultipartFormDataContent { { new StringContent("{ \"version\": "), "Json" } });

        page.ShouldContain("Trả lời phản ánh, kiến nghị (5.2)");
        page.ShouldNotContain(">feedbackAnswerWorkingDays");
        page.ShouldContain($"href=\"/api/v1/indicators/tables/{Shipped}\" download");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadAsStringAsync(Ct);
        problem.ShouldContain("Điểm tối đa của chỉ tiêu 2.1: &quot;mười&quot; không phải là một số.");
        problem.ShouldContain("Số ngày làm việc: Trả lời phản ánh, kiến nghị (5.2): &quot;x&quot; không phải là một số.");
        problem.ShouldContain("Chưa chọn ngày hiệu lực của phiên bản mới.");
        imported.StatusCode.ShouldBe(HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync(Ct));
        imported.Headers.Location!.ToString().ShouldContain(version);
        var saved = await (await App.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/v1/indicators/tables/{version}", Ct);
        saved.GetProperty("effectiveFrom").GetString().ShouldBe("2099-01-01");
        broken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await broken.Content.ReadAsStringAsync(Ct)).ShouldContain("Bảng chỉ số không đúng cấu trúc JSON");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Unique(string suffix) => $"t-{Guid.NewGuid().ToString("N")[..8]}-{suffix}";

    private static async Task<JsonObject> ShippedAsync(HttpClient admin)
    {
        var json = await admin.GetStringAsync($"/api/v1/indicators/tables/{Shipped}", Ct);
        return JsonNode.Parse(json)!.AsObject();
    }

    private static JsonObject Group(JsonObject table, string id) =>
        table["groups"]!.AsArray().Select(g => g!.AsObject()).Single(g => g["id"]!.GetValue<string>() == id);

    private static JsonObject Indicator(JsonObject table, string id) =>
        table["groups"]!.AsArray().SelectMany(g => g!["indicators"]!.AsArray()).Select(i => i!.AsObject()).Single(i => i["id"]!.GetValue<string>() == id);

    private static JsonElement Figures(JsonElement index, string id) =>
        index.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == id);
}

[Collection(SqliteGroup.Name)]
public sealed class IndicatorTableEditorTestsOnSqlite(SqliteApp app) : IndicatorTableEditorTests(app);

[Collection(PostgresGroup.Name)]
public sealed class IndicatorTableEditorTestsOnPostgres(PostgresApp app) : IndicatorTableEditorTests(app);
