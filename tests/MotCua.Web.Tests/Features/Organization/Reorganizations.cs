using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Organization;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Features.Organization;

/// <summary>
/// What the reorganization tests do alike: run the scheduled application of acts, read a unit from the public list,
/// receive a dossier at a unit and read it back.
/// </summary>
public static class Reorganizations
{
    /// <summary>What the hourly job does: applies every adopted act whose day has come.</summary>
    public static async Task ApplyDueReorganizationsAsync(this MotCuaApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdoptReorganization>().ApplyDueAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<List<JsonElement>> UnitsAsync(this MotCuaApp app, string query) =>
        [.. (await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/units" + query, TestContext.Current.CancellationToken)).EnumerateArray()];

    public static async Task<JsonElement> UnitAsync(this MotCuaApp app, string query, string code) =>
        (await app.UnitsAsync(query)).Single(u => u.GetProperty("code").GetString() == code);

    /// <summary>A birth registration handed in by <paramref name="desk"/> for <paramref name="unitCode"/>; its code.</summary>
    public static async Task<string> ReceivedAtAsync(this MotCuaApp app, string desk, string unitCode)
    {
        var request = DossierRequests.Birth();
        request["unitCode"] = unitCode;
        var response = await (await app.SignedInAsync(desk)).PostAsJsonAsync("/api/v1/dossiers", request, TestContext.Current.CancellationToken);
        return (await response.ShouldBeCreatedJsonAsync()).GetProperty("code").GetString()!;
    }

    public static async Task<JsonElement> DossierAsync(this MotCuaApp app, string userName, string code) =>
        await (await app.SignedInAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", TestContext.Current.CancellationToken);
}
