using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Citizens;

/// <summary>Citizens with their own ID number, e-mail and phone, registered and signed in through the API, and their online submissions.</summary>
public static class CitizenRequests
{
    public const string Password = "Ca phe sua da 7 gio";

    private static int sequence = Random.Shared.Next(1_000_000, 5_000_000);

    /// <summary>A registration no other test uses: a CCCD of Hồ Chí Minh City (079), e-mail and mobile of its own.</summary>
    public static Dictionary<string, string?> NewCitizen()
    {
        var n = Interlocked.Increment(ref sequence).ToString("D7", CultureInfo.InvariantCulture);
        return new()
        {
            ["fullName"] = "Trần Thị Bình",
            ["idNumber"] = $"07930{n}",
            ["email"] = $"binh{n}@example.vn",
            ["phone"] = $"097{n}",
            ["address"] = "Phường Long Thủy, thị xã Phước Long",
            ["password"] = Password,
        };
    }

    public static async Task<HttpResponseMessage> RegisterAsync(this MotCuaApp app, Dictionary<string, string?> citizen) =>
        await app.CreateClient().PostAsJsonAsync("/api/v1/citizens", citizen, TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> LoginAsync(this MotCuaApp app, string? login, string password = Password) =>
        await app.CreateClient().PostAsJsonAsync("/api/v1/citizens/login", new { login, password }, TestContext.Current.CancellationToken);

    /// <summary>A new citizen, registered, with a client carrying his bearer token.</summary>
    public static async Task<(HttpClient Client, Dictionary<string, string?> Citizen)> CitizenAsync(this MotCuaApp app)
    {
        var citizen = NewCitizen();
        (await app.RegisterAsync(citizen)).StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await app.WithTokenAsync(await app.LoginAsync(citizen["email"])), citizen);
    }

    /// <summary>
    /// Submits a birth registration online at the Long Thủy ward: <paramref name="parts"/> are the form's fields
    /// (<c>file{i}</c> as bytes, anything else as text), besides the procedure; at the ward unless a <c>unitCode</c> part says otherwise.
    /// </summary>
    public static Task<HttpResponseMessage> SubmitBirthAsync(this HttpClient client, params (string Name, object Value)[] parts) =>
        client.SendAsync(SubmitRequest(parts), TestContext.Current.CancellationToken);

    public static HttpRequestMessage SubmitRequest(params (string Name, object Value)[] parts)
    {
        var form = new MultipartFormDataContent { { new StringContent(DossierRequests.BirthRegistration), "procedureCode" } };
        foreach (var (name, value) in parts.Any(p => p.Name == "unitCode") ? parts : [.. parts, ("unitCode", DossierRequests.Ward)])
        {
            if (value is byte[] bytes)
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(file, name, $"{name}.pdf");
            }
            else
            {
                form.Add(new StringContent(value.ToString()!), name);
            }
        }

        return new HttpRequestMessage(HttpMethod.Post, "/api/v1/citizens/me/dossiers") { Content = form };
    }

    /// <summary>Both required components of the birth registration as new PDFs.</summary>
    public static (string, object)[] BothFiles() => [("file0", DossierFiles.Pdf()), ("file1", DossierFiles.Pdf())];

    public static async Task<string> SubmittedCodeAsync(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().ShouldBe("submitted");
        return body.GetProperty("code").GetString()!;
    }

    /// <summary>A client carrying the bearer token of a successful sign-in (or password change).</summary>
    public static async Task<HttpClient> WithTokenAsync(this MotCuaApp app, HttpResponseMessage signedIn)
    {
        signedIn.StatusCode.ShouldBe(HttpStatusCode.OK, await signedIn.Content.ReadAsStringAsync());
        var client = app.CreateClient();
        var token = (await signedIn.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> MyDossiersAsync(this HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me/dossiers", TestContext.Current.CancellationToken);
}
