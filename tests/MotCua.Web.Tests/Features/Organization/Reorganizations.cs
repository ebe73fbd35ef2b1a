using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Organization;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Features.Organization;

/// <summary>What the reorganization tests do alike: run the scheduled application of acts, read a unit from the public list.</summary>
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
}
