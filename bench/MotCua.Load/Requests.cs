namespace MotCua.Load;

public static class Requests
{
    /// <summary>A GET whose success is a 2xx answer read to its end, signed in with <paramref name="token"/> when given.</summary>
    public static Func<CancellationToken, Task<bool>> Get(HttpClient http, Uri url, string? token) => async ct =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        return response.IsSuccessStatusCode;
    };
}
