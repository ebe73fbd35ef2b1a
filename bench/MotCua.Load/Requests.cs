namespace MotCua.Load;

public static class Requests
{
    /// <summary>A GET whose success is a 2xx answer read to its end.</summary>
    public static Func<CancellationToken, Task<bool>> Get(HttpClient http, Uri url) => async ct =>
    {
        using var response = await http.GetAsync(url, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        return response.IsSuccessStatusCode;
    };
}
