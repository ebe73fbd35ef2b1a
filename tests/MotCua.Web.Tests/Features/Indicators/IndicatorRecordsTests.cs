using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Indicators;

public abstract class IndicatorRecordsTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_late_dossiers_of_2_1_are_the_missing_part_of_its_figure()
    {
        var received = App.Today;
        var (late, onTime) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        await App.IssueResultAsync(onTime);
        // A week later the open dossier is long past its due instant.
        App.Clock.Advance(TimeSpan.FromDays(7));
        var period = Period(received);

        var missing = await RecordsAsync("lanhdao.xa", "2.1", $"{period}&part=missing&pageSize=200");
        var numerator = await RecordsAsync("lanhdao.xa", "2.1", $"{period}&part=numerator&pageSize=200");
        var all = await RecordsAsync("lanhdao.xa", "2.1", $"{period}&pageSize=200");

        var row = Items(missing).Single(i => i.GetProperty("code").GetString() == late);
        row.GetProperty("kind").GetString().ShouldBe("dossier");
        row.GetProperty("procedureCode").GetString().ShouldBe(DossierRequests.BirthRegistration);
        row.GetProperty("reason").GetString().ShouldBe("overdue");
        row.GetProperty("why").GetString()!.ShouldContain("quá hạn");
        row.GetProperty("inNumerator").GetBoolean().ShouldBeFalse();
        row.GetProperty("endedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        row.GetProperty("dueAt").GetDateTimeOffset().ShouldBeLessThan(App.Clock.GetUtcNow());
        Codes(missing).ShouldNotContain(onTime);
        var resolved = Items(numerator).Single(i => i.GetProperty("code").GetString() == onTime);
        resolved.GetProperty("reason").GetString().ShouldBe("endedOnTime");
        resolved.GetProperty("endedAt").ValueKind.ShouldBe(JsonValueKind.String);
        missing.GetProperty("total").GetInt32().ShouldBe((int)(missing.GetProperty("denominator").GetDecimal() - missing.GetProperty("numerator").GetDecimal()));
        numerator.GetProperty("total").GetInt32().ShouldBe((int)numerator.GetProperty("numerator").GetDecimal());
        all.GetProperty("total").GetInt32().ShouldBe((int)all.GetProperty("denominator").GetDecimal());
    }

    [Fact]
    public async Task The_index_page_links_the_shortfall_of_2_1_to_its_records()
    {
        var received = App.Today;
        var late = await App.ReceiveBirthAsync();
        App.Clock.Advance(TimeSpan.FromDays(7));
        var client = await App.SignedInAsync("lanhdao.xa");

        var index = await client.GetStringAsync($"/Indicators?{Period(received)}", Ct);
        var records = await client.GetStringAsync($"/Indicators/Records?indicatorId=2.1&{Period(received)}&part=missing&page=1", Ct);

        index.ShouldContain("/Indicators/Records?indicatorId=2.1&amp;unitCode=" + DossierRequests.Ward);
        records.ShouldContain(late);
        records.ShouldContain("Đang xử lý, đã quá hạn vào cuối kỳ");
    }

    [Fact]
    public async Task An_unknown_indicator_is_a_404()
    {
        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/indicators/service-index/9.9/dossiers?{Period(App.Today)}", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Title().ShouldBe("Không tìm thấy");
    }

    [Theory]
    [InlineData("part=late", "part")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task A_bad_part_or_page_is_a_400_naming_the_field(string query, string field)
    {
        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/indicators/service-index/2.1/dossiers?{Period(App.Today)}&{query}", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task An_officer_of_another_district_cannot_list_the_wards_records()
    {
        var response = await (await App.SignedInAsync("tiepnhan.bgm")).GetAsync($"/api/v1/indicators/service-index/2.1/dossiers?{Period(App.Today)}", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private string Period(DateOnly from) =>
        string.Create(CultureInfo.InvariantCulture, $"unitCode={DossierRequests.Ward}&from={from:yyyy-MM-dd}&to={App.Today:yyyy-MM-dd}");

    private async Task<JsonElement> RecordsAsync(string userName, string indicatorId, string query)
    {
        var response = await (await App.SignedInAsync(userName)).GetAsync($"/api/v1/indicators/service-index/{indicatorId}/dossiers?{query}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static List<string?> Codes(JsonElement page) => [.. Items(page).Select(i => i.GetProperty("code").GetString())];
}

[Collection(SqliteWeeksGroup.Name)]
public sealed class IndicatorRecordsTestsOnSqlite(SqliteApp app) : IndicatorRecordsTests(app);

[Collection(PostgresWeeksGroup.Name)]
public sealed class IndicatorRecordsTestsOnPostgres(PostgresApp app) : IndicatorRecordsTests(app);
