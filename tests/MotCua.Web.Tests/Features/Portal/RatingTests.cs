using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Portal;

// Issue 5 and DOMAIN.md §6: after the result, the applicant rates the service once.
public abstract class RatingTests(MotCuaApp app) : ProviderTests(app)
{
    private static readonly object Good = new { proof = "079203001234", level = "verySatisfied", reasons = new[] { "time", "attitude" }, comment = "Cán bộ hướng dẫn tận tình" };

    [Fact]
    public async Task The_applicant_rates_a_dossier_once_after_its_result()
    {
        var code = await ResolvedAsync();
        var client = App.CreateClient();

        var rated = await client.PostAsJsonAsync($"/api/v1/public/dossiers/{code}/rating", Good, Ct);

        rated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rating = await rated.Content.ReadFromJsonAsync<JsonElement>(Ct);
        rating.GetProperty("level").GetString().ShouldBe("verySatisfied");
        rating.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldBe(["time", "attitude"]);
        await (await client.PostAsJsonAsync($"/api/v1/public/dossiers/{code}/rating", Good, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.GetStringAsync($"/tra-cuu/{code}", Ct)).ShouldNotContain("Gửi đánh giá");
    }

    [Fact]
    public async Task The_phone_declared_also_proves_the_applicant_but_a_stranger_cannot_rate()
    {
        var code = await ResolvedAsync();
        var client = App.CreateClient();

        await (await client.PostAsJsonAsync($"/api/v1/public/dossiers/{code}/rating", new { proof = "079203009999", level = "unsatisfied" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsJsonAsync($"/api/v1/public/dossiers/{code}/rating", new { level = "unsatisfied" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync($"/api/v1/public/dossiers/{code}/rating", new { proof = "+84 912 345 678", level = "unsatisfied" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_dossier_still_in_progress_cannot_be_rated_and_its_page_offers_no_form()
    {
        var code = await App.ReceiveBirthAsync();

        await (await App.CreateClient().PostAsJsonAsync($"/api/v1/public/dossiers/{code}/rating", Good, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await App.CreateClient().GetStringAsync($"/tra-cuu/{code}", Ct)).ShouldNotContain("Gửi đánh giá");
    }

    [Theory]
    [InlineData("{\"proof\":\"079203001234\",\"level\":\"happy\"}", "level")]
    [InlineData("{\"proof\":\"079203001234\",\"level\":\"satisfied\",\"reasons\":[\"time\",\"time\"]}", "reasons[1]")]
    [InlineData("{\"proof\":\"079203001234\",\"level\":\"satisfied\",\"reasons\":[\"weather\"]}", "reasons[0]")]
    public async Task A_malformed_rating_is_a_400_and_the_dossier_can_still_be_rated(string body, string field)
    {
        var code = await ResolvedAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        (await (await App.CreateClient().PostAsync($"/api/v1/public/dossiers/{code}/rating", content, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
        (await App.CreateClient().GetStringAsync($"/tra-cuu/{code}", Ct)).ShouldContain("Gửi đánh giá");
    }

    private async Task<string> ResolvedAsync()
    {
        var code = await App.ReceiveBirthAsync();
        var leader = await App.SignedInAsync("lanhdao.xa");
        await DossierRequests.ActAsync(leader, code, "approve", new { });
        await DossierRequests.ActAsync(await App.SignedInAsync("chuyenvien.xa"), code, "issue-result", new { });
        return code;
    }
}

[Collection(SqliteGroup.Name)]
public sealed class RatingTestsOnSqlite(SqliteApp app) : RatingTests(app);

[Collection(PostgresGroup.Name)]
public sealed class RatingTestsOnPostgres(PostgresApp app) : RatingTests(app);
