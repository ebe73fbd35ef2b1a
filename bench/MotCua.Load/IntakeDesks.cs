using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace MotCua.Load;

/// <summary>
/// Intake load at <c>desks</c> desks, each a receptionist the administrator makes for the bench at a unit receiving a
/// procedure at the counter (as many units as there are, up to <c>desks</c>); every request hands in that procedure's
/// required components with a new Idempotency-Key.
/// </summary>
public static class IntakeDesks
{
    private sealed record Desk(string Token, byte[] Body);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<Func<CancellationToken, Task<bool>>> PrepareAsync(HttpClient http, Uri root, int desks, string adminPassword)
    {
        var admin = await Api.SignInAsync(http, root, "admin", adminPassword);
        var units = (await Api.GetAsync(http, root, admin, "/api/v1/units")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("code").GetString()!, u => (Parent: u.GetProperty("parentCode").GetString(), Agency: u.GetProperty("agencyCode").GetString()));
        // Units with an agency code of their own first: each numbers its dossiers on its own counter row.
        var receiving = new List<(string Unit, JsonElement Procedure)>();
        foreach (var unitCode in units.Keys.OrderBy(code => units[code].Agency is { Length: > 0 } ? 0 : 1).ThenBy(code => code, StringComparer.Ordinal))
        {
            var items = (await Api.GetAsync(http, root, admin, $"/api/v1/procedures?unitCode={Uri.EscapeDataString(unitCode)}&channel=counter&pageSize=1")).GetProperty("items");
            if (items.GetArrayLength() > 0 && receiving.Count < desks)
            {
                receiving.Add((unitCode, await Api.GetAsync(http, root, admin, $"/api/v1/procedures/{Uri.EscapeDataString(items[0].GetProperty("code").GetString()!)}")));
            }
        }

        // More desks than units receiving at the counter: the units take a second desk each, in the same order.
        var prepared = new List<Desk>();
        foreach (var (unitCode, procedure) in Enumerable.Range(0, desks).Select(i => receiving[i % receiving.Count]))
        {
            var userName = $"bench.desk{prepared.Count + 1:00}";
            var password = $"Bench-{Guid.NewGuid():N}";
            var officer = new { userName, fullName = "Cán bộ đo tải", password, isActive = true, roles = new[] { new { role = "receptionist", unitCode } } };
            using (var saved = await Api.SendAsync(http, HttpMethod.Put, new Uri(root, "/api/v1/officers"), admin, JsonContent.Create(officer)))
            {
                saved.EnsureSuccessStatusCode();
            }

            prepared.Add(new Desk(await Api.SignInAsync(http, root, userName, password), JsonSerializer.SerializeToUtf8Bytes(Body(procedure, unitCode), Web)));
        }

        var agencies = receiving.Select(r => AgencyOf(r.Unit, units)).Distinct().Count();
        await Console.Error.WriteLineAsync($"{desks} desks at {receiving.Count} units under {agencies} agency codes (counter rows)");
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

    /// <summary>The agency code a unit's dossiers are numbered under: its own or its nearest parent's.</summary>
    private static string AgencyOf(string? code, Dictionary<string, (string? Parent, string? Agency)> units) =>
        code is null || !units.TryGetValue(code, out var unit) ? "-" : unit.Agency is { Length: > 0 } agency ? agency : AgencyOf(unit.Parent, units);

    private static object Body(JsonElement procedure, string unitCode) => new
    {
        procedureCode = procedure.GetProperty("code").GetString(),
        unitCode,
        channel = "counter",
        applicant = new { fullName = "Nguyễn Văn Đo Tải", phone = "0912345678", address = "Phường Long Thủy, thị xã Phước Long" },
        components = procedure.GetProperty("components").EnumerateArray().Where(c => c.GetProperty("required").GetBoolean())
            .Select(c => new { name = c.GetProperty("name").GetString(), originals = 1, copies = 0, origin = "paper" }).ToArray(),
    };
}
