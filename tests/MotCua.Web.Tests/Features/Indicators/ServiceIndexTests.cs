using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Indicators;

public abstract class ServiceIndexTests(MotCuaApp app) : ProviderTests(app)
{
    /// <summary>Phước Long, the town the ward of <see cref="DossierRequests.Ward"/> belongs to.</summary>
    private const string District = "PL";

    [Fact]
    public async Task The_index_has_the_six_groups_of_Decision_766_with_their_maxima()
    {
        var index = await IndexAsync("lanhdao.xa", $"unitCode={DossierRequests.Ward}&{Today()}");

        index.GetProperty("unitCode").GetString().ShouldBe(DossierRequests.Ward);
        index.GetProperty("tableVersion").GetString().ShouldNotBeNullOrWhiteSpace();
        var groups = index.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("id").GetString()).ShouldBe(["transparency", "progress", "online", "payment", "digitization", "satisfaction"]);
        groups.Select(g => g.GetProperty("maximum").GetDecimal()).ShouldBe([18m, 20m, 12m, 10m, 22m, 18m]);
        foreach (var group in groups)
        {
            group.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
            var indicators = group.GetProperty("indicators").EnumerateArray().ToList();
            indicators.ShouldNotBeEmpty();
            indicators.Sum(i => i.GetProperty("maxPoints").GetDecimal()).ShouldBe(group.GetProperty("maximum").GetDecimal());
            group.GetProperty("points").GetDecimal().ShouldBeLessThanOrEqualTo(group.GetProperty("maximum").GetDecimal());
        }

        index.GetProperty("total").GetDecimal().ShouldBeLessThanOrEqualTo(index.GetProperty("maximum").GetDecimal());
    }

    [Fact]
    public async Task A_dossier_received_in_the_period_is_judged_by_indicator_2_1()
    {
        var query = $"unitCode={DossierRequests.Ward}&{Today()}";
        var before = Indicator(await IndexAsync("lanhdao.xa", query), "2.1");

        await App.ReceiveBirthAsync();
        var index = await IndexAsync("lanhdao.xa", query);

        // Just received, its clock has hardly run: it counts, and it counts as on time.
        var after = Indicator(index, "2.1");
        after.GetProperty("denominator").GetDecimal().ShouldBe(before.GetProperty("denominator").GetDecimal() + 1);
        after.GetProperty("numerator").GetDecimal().ShouldBe(before.GetProperty("numerator").GetDecimal() + 1);
        after.GetProperty("noData").GetBoolean().ShouldBeFalse();
        after.GetProperty("value").GetDecimal().ShouldBeGreaterThan(0);
        index.GetProperty("noData").EnumerateArray().Select(i => i.GetString()).ShouldNotContain("2.1");
        index.GetProperty("scaledTotal").GetDecimal().ShouldBeInRange(0m, 100m);
        index.GetProperty("rating").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_district_index_includes_its_wards_dossiers()
    {
        await App.ReceiveBirthAsync();

        var index = await IndexAsync("lanhdao", $"unitCode={District}&{Today()}");

        Indicator(index, "2.1").GetProperty("denominator").GetDecimal().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_empty_period_has_no_data_and_no_scaled_total()
    {
        var index = await IndexAsync("lanhdao.xa", $"unitCode={DossierRequests.Ward}&from=2020-01-01&to=2020-01-31");

        var progress = Indicator(index, "2.1");
        progress.GetProperty("noData").GetBoolean().ShouldBeTrue();
        progress.GetProperty("denominator").GetDecimal().ShouldBe(0);
        progress.GetProperty("points").ValueKind.ShouldBe(JsonValueKind.Null);
        index.GetProperty("noData").EnumerateArray().Select(i => i.GetString()).ShouldContain("2.1");
        index.GetProperty("scaledTotal").ValueKind.ShouldBe(JsonValueKind.Null);
        index.GetProperty("rating").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404()
    {
        var response = await (await App.SignedInAsync("lanhdao")).GetAsync($"/api/v1/indicators/service-index?unitCode=KHONG-CO&{Today()}", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Title().ShouldBe("Không tìm thấy");
    }

    [Fact]
    public async Task A_unit_of_another_district_is_a_404()
    {
        var response = await (await App.SignedInAsync("tiepnhan.bgm")).GetAsync($"/api/v1/indicators/service-index?unitCode={DossierRequests.Ward}&{Today()}", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("from=2025-03-10&to=2025-03-01", "to")]
    [InlineData("from=2025-02-30&to=2025-03-01", "from")]
    [InlineData("to=2025-03-01", "from")]
    public async Task A_bad_period_is_a_400_in_Vietnamese_naming_the_field(string query, string field)
    {
        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/indicators/service-index?unitCode={DossierRequests.Ward}&{query}", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task A_period_ending_after_today_is_a_400()
    {
        var today = TodayInVietnam();
        var query = string.Create(CultureInfo.InvariantCulture, $"unitCode={DossierRequests.Ward}&from={today:yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");

        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/indicators/service-index?{query}", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldContain("to");
        problem.ErrorMessages().ShouldContain(m => m.Contains("hôm nay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_shows_the_groups_of_the_index()
    {
        var page = await (await App.SignedInAsync("lanhdao.xa")).GetStringAsync($"/Indicators?unitCode={DossierRequests.Ward}&from=2020-01-01&to=2020-01-31", Ct);

        page.ShouldContain("Công khai, minh bạch");
        page.ShouldContain("Không có dữ liệu");
        page.ShouldContain("Chỉ số 766");
    }

    /// <summary>Today in Vietnam: the period every dossier a test here receives falls in.</summary>
    private string Today() => string.Create(CultureInfo.InvariantCulture, $"from={TodayInVietnam():yyyy-MM-dd}&to={TodayInVietnam():yyyy-MM-dd}");

    private DateOnly TodayInVietnam() => DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    private async Task<JsonElement> IndexAsync(string userName, string query)
    {
        var response = await (await App.SignedInAsync(userName)).GetAsync($"/api/v1/indicators/service-index?{query}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static JsonElement Indicator(JsonElement index, string id) =>
        index.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == id);
}

[Collection(SqliteGroup.Name)]
public sealed class ServiceIndexTestsOnSqlite(SqliteApp app) : ServiceIndexTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ServiceIndexTestsOnPostgres(PostgresApp app) : ServiceIndexTests(app);
