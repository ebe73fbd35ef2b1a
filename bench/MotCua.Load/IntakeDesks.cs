using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace MotCua.Load;

/// <summary>
/// Intake load at <c>desks</c> one-stop desks, each under its own agency code (so its own per-agency-per-day counter
/// row): the administrator makes a receptionist at each of that many units with an agency code and a procedure received
/// at the counter, and every request hands in that procedure's required components with a new Idempotency-Key.
/// </summary>
public static class IntakeDesks
{
    private sealed record Desk(string Token, byte[] Body);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<Func<CancellationToken, Task<bool>>> PrepareAsync(HttpClient http, Uri root, int desks, string adminPassword)
    {
        var admin = await SignInAsync(http, root, "admin", adminPassword);
        var units = await GetAsync(http, root, admin, "/api/v1/units");
        var prepared = new List<Desk>();
        foreach (var unit in units.EnumerateArray().Where(u => u.GetProperty("agencyCode").GetString() is { Length: > 0 }))
        {
            var unitCode = unit.GetProperty("code").GetString()!;
            var procedures = await GetAsync(http, root, admin, $"/api/v1/procedures?unitCode={Uri.EscapeDataString(unitCode)}&channel=counter&pageSize=1");
            var items = procedures.GetProperty("items");
            if (items.GetArrayLength() == 0)
            {
                continue;
            }

            var procedureCode = items[0].GetProperty("code").GetString()!;
            var procedure = await GetAsync(http, root, admin, $"/api/v1/procedures/{Uri.EscapeDataString(procedureCode)}");
            var userName = $"bench.desk{prepared.Count + 1:00}";
            var password = $"Bench-{Guid.NewGuid():N}";
            var officer = new { userName, fullName = "Cán bộ đo tải", password, isActive = true, roles = new[] { new { role = "receptionist", unitCode } } };
            using (var saved = await SendAsync(http, HttpMethod.Put, new Uri(root, "/api/v1/officers"), admin, JsonContent.Create(officer)))
            {
                saved.EnsureSuccessStatusCode();
            }

            prepared.Add(new Desk(await SignInAsync(http, root, userName, password), JsonSerializer.SerializeToUtf8Bytes(Body(procedure, unitCode), Web)));
            if (prepared.Count == desks)
            {
                break;
            }
        }

        if (prepared.Count < desks)
        {
            throw new InvalidOperationException($"Only {prepared.Count} units with an agency code receive a procedure at the counter; {desks} desks asked.");
        }

        var next = 0;
        return async ct =>
        {
            var desk = prepared[Interlocked.Increment(ref next) % prepared.Count];
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(root, "/api/v1/dossiers")) { Content = new ByteArrayContent(desk.Body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", desk.Token);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var response = await http.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            return response.StatusCode == System.Net.HttpStatusCode.Created;
        };
    }

    private static object Body(JsonElement procedure, string unitCode) => new
    {
        procedureCode = procedure.GetProperty("code").GetString(),
        unitCode,
        channel = "counter",
        applicant = new { fullName = "Nguyễn Văn Đo Tải", phone = "0912345678", address = "Phường Long Thủy, thị xã Phước Long" },
        components = procedure.GetProperty("components").EnumerateArray().Where(c => c.GetProperty("required").GetBoolean())
            .Select(c => new { name = c.GetProperty("name").GetString(), originals = 1, copies = 0, origin = "paper" }).ToArray(),
    };

    private static async Task<string> SignInAsync(HttpClient http, Uri root, string userName, string password)
    {
        using var response = await http.PostAsJsonAsync(new Uri(root, "/api/v1/auth/login"), new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, Uri root, string token, string path)
    {
        using var response = await SendAsync(http, HttpMethod.Get, new Uri(root, path), token, null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, Uri url, string token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}
