using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>DESIGN.md, authorization: an officer only sees the dossiers of his units, in the inbox as anywhere else.</summary>
public abstract class DossierScopeTests(MotCuaApp app) : ProviderTests(app)
{
    private const string OtherWard = "PL-THACMO";

    [Fact]
    public async Task The_inbox_of_one_ward_never_shows_a_dossier_of_another()
    {
        // Received at the Thác Mơ desk by its own receptionist; the Long Thủy officers look for it.
        var request = DossierRequests.Birth();
        request["unitCode"] = OtherWard;
        var response = await (await App.SignedInAsync("tiepnhan.thacmo")).PostAsJsonAsync("/api/v1/dossiers", request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var code = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;

        // The query that finds it for its own ward finds nothing for the other: the filter works, the scope hides it.
        (await CodesAsync("tiepnhan.thacmo", $"q={code}")).ShouldBe([code]);
        foreach (var officer in new[] { "tiepnhan.xa", "chuyenvien.xa", "lanhdao.xa" })
        {
            (await CodesAsync(officer, $"q={code}")).ShouldBeEmpty(officer);
            (await CodesAsync(officer, $"unitCode={OtherWard}&pageSize=200")).ShouldBeEmpty(officer);
            (await UnitsAsync(officer, "pageSize=200")).ShouldNotContain(OtherWard, officer);
            (await (await App.SignedInAsync(officer)).GetAsync($"/api/v1/dossiers/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, officer);
        }
    }

    private async Task<List<string?>> CodesAsync(string officer, string query) =>
        [.. (await ItemsAsync(officer, query)).Select(i => i.GetProperty("code").GetString())];

    private async Task<List<string?>> UnitsAsync(string officer, string query) =>
        [.. (await ItemsAsync(officer, query)).Select(i => i.GetProperty("unitCode").GetString())];

    private async Task<IEnumerable<JsonElement>> ItemsAsync(string officer, string query)
    {
        var response = await (await App.SignedInAsync(officer)).GetAsync($"/api/v1/dossiers?{query}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("items").EnumerateArray().ToList();
    }
}

[Collection(SqliteGroup.Name)]
public sealed class DossierScopeTestsOnSqlite(SqliteApp app) : DossierScopeTests(app);

[Collection(PostgresGroup.Name)]
public sealed class DossierScopeTestsOnPostgres(PostgresApp app) : DossierScopeTests(app);
