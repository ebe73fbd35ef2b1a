using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace MotCua.Load;

/// <summary>The few calls of MotCua's API that the bench's commands make before their load: sign in, read, send.</summary>
public static class Api
{
    public static async Task<string> SignInAsync(HttpClient http, Uri root, string userName, string password)
    {
        using var response = await http.PostAsJsonAsync(new Uri(root, "/api/v1/auth/login"), new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<JsonElement> GetAsync(HttpClient http, Uri root, string token, string path)
    {
        using var response = await SendAsync(http, HttpMethod.Get, new Uri(root, path), token, null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Sends and fails with the answer's problem details when it is not a success.</summary>
    public static async Task<JsonElement> SendOkAsync(HttpClient http, HttpMethod method, Uri root, string token, string path, object body)
    {
        using var response = await SendAsync(http, method, new Uri(root, path), token, JsonContent.Create(body));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, Uri url, string token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}
