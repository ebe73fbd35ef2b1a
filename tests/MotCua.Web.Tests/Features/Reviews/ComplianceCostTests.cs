using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reviews;

public abstract class ComplianceCostTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_worked_example_saves_99_million_a_year_or_48_53_percent()
    {
        // Current: 4 h × 25,000 + 50,000 fees + 20,000 other = 170,000 a dossier; × 1,200 dossiers = 204,000,000 a year.
        // Proposed: 1.5 h × 25,000 + 50,000 = 87,500 a dossier; × 1,200 = 105,000,000 a year.
        // Saving 204,000,000 − 105,000,000 = 99,000,000, i.e. 99 / 204 = 48.529…% → 48.53 %.
        var officer = await App.SignedInAsync("tiepnhan");

        var response = await officer.PostAsJsonAsync("/api/v1/reviews/compliance-cost", new
        {
            current = Side(4m, 20_000m),
            proposed = Side(1.5m, 0m),
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        answer.GetProperty("current").GetProperty("perDossier").GetDecimal().ShouldBe(170_000m);
        answer.GetProperty("current").GetProperty("perYear").GetDecimal().ShouldBe(204_000_000m);
        answer.GetProperty("proposed").GetProperty("perDossier").GetDecimal().ShouldBe(87_500m);
        answer.GetProperty("proposed").GetProperty("perYear").GetDecimal().ShouldBe(105_000_000m);
        answer.GetProperty("saving").GetDecimal().ShouldBe(99_000_000m);
        answer.GetProperty("savingPercent").GetDecimal().ShouldBe(48.53m);
        answer.GetProperty("meetsReductionTarget").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Negative_or_missing_values_are_a_400_naming_each_field_in_Vietnamese()
    {
        var officer = await App.SignedInAsync("tiepnhan");

        var response = await officer.PostAsJsonAsync("/api/v1/reviews/compliance-cost", new
        {
            current = new { hoursPerDossier = -4m, incomePerHour = 25_000m, feesPerDossier = 50_000m, otherCostsPerDossier = 0m, dossiersPerYear = 1_200 },
            proposed = new { hoursPerDossier = 1m, incomePerHour = 25_000m, feesPerDossier = -1m, otherCostsPerDossier = 0m, dossiersPerYear = -5 },
        }, Ct);
        var missing = await officer.PostAsJsonAsync("/api/v1/reviews/compliance-cost", new { current = Side(1m, 0m) }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["current.hoursPerDossier", "proposed.feesPerDossier", "proposed.dossiersPerYear"], ignoreOrder: true);
        problem.ErrorMessages().ShouldAllBe(m => m == "Giá trị không được là số âm.");
        (await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["proposed"]);
        (await App.CreateClient().PostAsJsonAsync("/api/v1/reviews/compliance-cost", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Values_too_large_to_price_are_a_400_naming_the_maximum()
    {
        var officer = await App.SignedInAsync("tiepnhan");
        var huge = new { hoursPerDossier = 1e20m, incomePerHour = 1e20m, feesPerDossier = 1e20m, otherCostsPerDossier = 1e20m, dossiersPerYear = 1_200 };

        var response = await officer.PostAsJsonAsync("/api/v1/reviews/compliance-cost", new { current = huge, proposed = Side(1m, 0m) }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["current.hoursPerDossier", "current.incomePerHour", "current.feesPerDossier", "current.otherCostsPerDossier"], ignoreOrder: true);
        problem.GetProperty("errors").GetProperty("current.hoursPerDossier")[0].GetString().ShouldBe("Giá trị không được lớn hơn 10.000.");
    }

    private static object Side(decimal hours, decimal otherCosts) =>
        new { hoursPerDossier = hours, incomePerHour = 25_000m, feesPerDossier = 50_000m, otherCostsPerDossier = otherCosts, dossiersPerYear = 1_200 };
}

[Collection(SqliteGroup.Name)]
public sealed class ComplianceCostTestsOnSqlite(SqliteApp app) : ComplianceCostTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ComplianceCostTestsOnPostgres(PostgresApp app) : ComplianceCostTests(app);
