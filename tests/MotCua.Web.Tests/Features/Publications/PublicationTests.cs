using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Features.Catalog;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Publications;

/// <summary>The days a decision's changes were made public, and the on-time rates counted from them.</summary>
public abstract class PublicationTests(MotCuaApp app) : ProviderTests(app)
{
    private const string March2019 = "unitCode=PL-LONGTHUY&from=2019-03-01&to=2019-03-31";
    private const string June2019 = "unitCode=PL-LONGTHUY&from=2019-06-01&to=2019-06-30";

    [Fact]
    public async Task The_rates_count_publication_portal_and_desk_against_five_working_days_from_the_decision()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var decision = $"{Guid.NewGuid().ToString("N")[..5]}/QĐ-UBND";

        // Decided Friday 1 March 2019: the fifth working day after it is Friday 8 March.
        var early = await CreateAsync(kstt, decision, "2019-03-15");
        var late = await CreateAsync(kstt, decision, "2019-03-05");
        var changes = await ChangesAsync(kstt, decision);
        var ok1 = await kstt.PutAsJsonAsync($"/api/v1/publications/changes/{changes[early]}/disclosure", new { portalOn = "2019-03-06", deskOn = "2019-03-12" }, Ct);
        var ok2 = await kstt.PutAsJsonAsync($"/api/v1/publications/changes/{changes[late]}/disclosure", new { portalOn = "2019-03-11", deskOn = "2019-03-07" }, Ct);
        var rate = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/publications/rate?{March2019}", Ct);

        ok1.StatusCode.ShouldBe(HttpStatusCode.OK, await ok1.Content.ReadAsStringAsync(Ct));
        ok2.StatusCode.ShouldBe(HttpStatusCode.OK);
        Figures(rate, "publishedOnTime").ShouldBe((1m, 2m));
        Figures(rate, "portalOnTime").ShouldBe((1m, 2m));
        Figures(rate, "deskOnTime").ShouldBe((1m, 2m));

        // Public at both only on the later of the two days: 12 and 11 March, both after the 8th.
        Figures(rate, "publishedAndDisclosedOnTime").ShouldBe((0m, 2m));
        rate.GetProperty("publishedOnTime").GetProperty("percent").GetDecimal().ShouldBe(50m);
    }

    [Fact]
    public async Task A_day_before_the_decision_or_after_today_an_unknown_change_and_a_specialist_change_nothing()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var decision = $"{Guid.NewGuid().ToString("N")[..5]}/QĐ-UBND";
        // June 2019, so the rates of March 2019 counted by the other test never see this decision's change.
        var code = await CreateAsync(kstt, decision, "2019-06-17", decidedOn: "2019-06-03");
        var revision = (await ChangesAsync(kstt, decision, June2019))[code];
        var url = $"/api/v1/publications/changes/{revision}/disclosure";

        var before = await kstt.PutAsJsonAsync(url, new { portalOn = "2019-06-01" }, Ct);
        var future = await kstt.PutAsJsonAsync(url, new { deskOn = App.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, Ct);
        var none = await kstt.PutAsJsonAsync(url, new { }, Ct);
        var unknown = await kstt.PutAsJsonAsync($"/api/v1/publications/changes/{Guid.NewGuid()}/disclosure", new { portalOn = "2019-06-05" }, Ct);
        var specialist = await (await App.SignedInAsync("chuyenvien.xa")).PutAsJsonAsync(url, new { portalOn = "2019-06-05" }, Ct);

        (await before.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["portalOn"]);
        (await future.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["deskOn"]);
        (await none.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorMessages().Single().ShouldContain("ít nhất một ngày");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        specialist.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.QueryAsync(db => db.PublicationDisclosures.CountAsync(d => d.RevisionId == revision, Ct))).ShouldBe(0);
    }

    private static (decimal, decimal) Figures(JsonElement rate, string name) =>
        (rate.GetProperty(name).GetProperty("numerator").GetDecimal(), rate.GetProperty(name).GetProperty("denominator").GetDecimal());

    private static async Task<string> CreateAsync(HttpClient kstt, string decision, string effective, string decidedOn = "2019-03-01")
    {
        var code = UniqueProcedureCode();
        var body = CatalogRequests.Procedure(code);
        body["publication"] = new { decisionNumber = decision, decisionDate = decidedOn, effectiveDate = effective };
        var created = await kstt.PostAsJsonAsync("/api/v1/procedures", body, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        return code;
    }

    /// <summary>The decision's changes by procedure code: their revision ids.</summary>
    private static async Task<Dictionary<string, Guid>> ChangesAsync(HttpClient kstt, string decision, string period = March2019)
    {
        var list = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/publications?{period}", Ct);
        var found = list.EnumerateArray().Single(d => d.GetProperty("decisionNumber").GetString() == decision);
        found.GetProperty("changes").EnumerateArray().ShouldAllBe(c => c.GetProperty("kind").GetString() == "created");
        return found.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("procedureCode").GetString()!, c => c.GetProperty("revisionId").GetGuid());
    }
}

[Collection(SqliteGroup.Name)]
public sealed class PublicationTestsOnSqlite(SqliteApp app) : PublicationTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PublicationTestsOnPostgres(PostgresApp app) : PublicationTests(app);
