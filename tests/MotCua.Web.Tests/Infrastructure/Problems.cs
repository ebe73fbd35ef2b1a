using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>Reads an RFC 7807 answer and checks it is one.</summary>
public static class Problems
{
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    public static string Title(this JsonElement problem) => problem.GetProperty("title").GetString()!;

    public static IEnumerable<string> ErrorKeys(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name);

    public static IEnumerable<string> ErrorMessages(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(m => m.GetString()!));
}
