using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Indicators;

public abstract class PublicServiceIndexTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Anyone_sees_the_wards_of_a_district_ranked_with_their_change_since_last_week()
    {
        await App.ReceiveBirthAsync();
        App.Clock.Advance(TimeSpan.FromDays(7));
        await App.ReceiveBirthAsync();
        var week = Week(App.Today);

        var response = await App.CreateClient().GetAsync($"/api/v1/public/service-index?period={week}&parentCode=PL", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.ShouldNotContain("Nguyễn Văn An");
        body.ShouldNotContain("079203001234");
        var ranking = JsonDocument.Parse(body).RootElement;
        ranking.GetProperty("period").GetString().ShouldBe(week);
        ranking.GetProperty("previousPeriod").GetString().ShouldBe(Week(App.Today.AddDays(-7)));
        var units = ranking.GetProperty("units").EnumerateArray().ToList();
        units.Select(u => u.GetProperty("unitCode").GetString()).ShouldContain(DossierRequests.Ward);
        units.Select(u => u.GetProperty("unitCode").GetString()).ShouldNotContain("PL-MC"); // a desk acts for its units, it is not ranked
        var ward = units.Single(u => u.GetProperty("unitCode").GetString() == DossierRequests.Ward);
        ward.GetProperty("rank").GetInt32().ShouldBe(1 + units.Count(u => u.GetProperty("scaledTotal").ValueKind == JsonValueKind.Number && u.GetProperty("scaledTotal").GetDecimal() > ward.GetProperty("scaledTotal").GetDecimal()));
        ward.GetProperty("previousScaledTotal").ValueKind.ShouldBe(JsonValueKind.Number);
        ward.GetProperty("pointsChange").GetDecimal().ShouldBe(ward.GetProperty("scaledTotal").GetDecimal() - ward.GetProperty("previousScaledTotal").GetDecimal());
        ward.GetProperty("rankChange").GetInt32().ShouldBe(ward.GetProperty("previousRank").GetInt32() - ward.GetProperty("rank").GetInt32());
        ward.GetProperty("groups").GetArrayLength().ShouldBe(6);
        units.Select(u => u.GetProperty("rank")).Where(r => r.ValueKind == JsonValueKind.Number).Select(r => r.GetInt32()).ShouldBeInOrder();
    }

    [Fact]
    public async Task The_public_page_needs_no_account_and_is_linked_from_the_portal()
    {
        await App.ReceiveBirthAsync();
        var client = App.CreateClient();

        var page = await client.GetStringAsync($"/chi-so-phuc-vu?period={Month(App.Today)}&parentCode=PL", Ct);
        var portal = await client.GetStringAsync("/thu-tuc", Ct);

        page.ShouldContain("id=\"public-ranking\"");
        page.ShouldContain("Ủy ban nhân dân phường Long Thủy", Case.Sensitive);
        page.ShouldContain("Xếp loại");
        portal.ShouldContain("href=\"/chi-so-phuc-vu\"");
    }

    [Theory]
    [InlineData("2025-13", "period")]
    [InlineData("2025-M13", "period")]
    [InlineData("2026-W54", "period")]
    [InlineData("2099-M01", "period")]
    public async Task A_bad_or_future_period_is_a_400_in_Vietnamese(string period, string field)
    {
        var response = await App.CreateClient().GetAsync($"/api/v1/public/service-index?period={period}", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldContain(field);
        problem.Title().ShouldBe("Dữ liệu không hợp lệ");
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404()
    {
        var response = await App.CreateClient().GetAsync("/api/v1/public/service-index?parentCode=KHONG-CO", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_period_the_province_units_are_ranked_for_this_month()
    {
        var ranking = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/public/service-index", Ct);

        ranking.GetProperty("period").GetString().ShouldBe(Month(App.Today));
        ranking.GetProperty("parentCode").GetString().ShouldBe("TINH");
        ranking.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitCode").GetString()).ShouldContain("PL");
    }

    private static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date):0000}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    private static string Month(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year:0000}-M{day.Month:00}");
}

[Collection(SqliteWeeksGroup.Name)]
public sealed class PublicServiceIndexTestsOnSqlite(SqliteApp app) : PublicServiceIndexTests(app);

[Collection(PostgresWeeksGroup.Name)]
public sealed class PublicServiceIndexTestsOnPostgres(PostgresApp app) : PublicServiceIndexTests(app);
