using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>Reads a successful JSON answer, with the body in the message when the status is not the one expected.</summary>
public static class Answers
{
    public static Task<JsonElement> ShouldBeOkJsonAsync(this HttpResponseMessage response) => ShouldBeJsonAsync(response, HttpStatusCode.OK);

    public static Task<JsonElement> ShouldBeCreatedJsonAsync(this HttpResponseMessage response) => ShouldBeJsonAsync(response, HttpStatusCode.Created);

    private static async Task<JsonElement> ShouldBeJsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
