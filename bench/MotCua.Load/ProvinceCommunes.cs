using System.Globalization;
using System.Text.Json;

namespace MotCua.Load;

/// <summary>
/// Grows the demo province to a province's size through the product's own rules: one reorganization act, in force on
/// the two-tier reform's day (1 July 2025), creates <c>communes</c> communes under the province (codes BENCH-XA001…,
/// agency codes 000.90.nn.H10, named as generated data), and each gets a leader. The dossiers are written afterwards by
/// <c>bench/history/dossiers.sql</c>, which spreads the two-tier periods' commune dossiers over these communes.
/// </summary>
public static class ProvinceCommunes
{
    public const string CodePrefix = "BENCH-XA";

    public static async Task CreateAsync(HttpClient http, Uri root, int communes, string adminPassword)
    {
        var admin = await Api.SignInAsync(http, root, "admin", adminPassword);
        var units = (await Api.GetAsync(http, root, admin, "/api/v1/units")).EnumerateArray().ToList();
        if (units.Any(u => u.GetProperty("code").GetString()!.StartsWith(CodePrefix, StringComparison.Ordinal)))
        {
            await Console.Error.WriteLineAsync("The generated communes are already there.");
            return;
        }

        var province = units.Single(u => u.GetProperty("kind").GetString() is "province").GetProperty("code").GetString();
        var codes = Enumerable.Range(1, communes).Select(i => (Code: string.Create(CultureInfo.InvariantCulture, $"{CodePrefix}{i:000}"), Number: i)).ToList();
        var act = new
        {
            decisionNumber = "BENCH/2025/NQ-DL",
            decidedOn = "2025-06-16",
            effectiveOn = "2025-07-01",
            title = "Dữ liệu đo tải: các xã mô phỏng của tỉnh (không phải văn bản thật)",
            steps = codes.Select(c => new
            {
                kind = "create",
                unitCode = c.Code,
                targetCode = province,
                name = string.Create(CultureInfo.InvariantCulture, $"Ủy ban nhân dân xã Mô Phỏng {c.Number:000} (dữ liệu đo tải)"),
                unitKind = "commune",
                agencyCode = string.Create(CultureInfo.InvariantCulture, $"000.90.{c.Number:00}.H10"),
            }).ToArray(),
        };
        var planned = await Api.SendOkAsync(http, HttpMethod.Post, root, admin, "/api/v1/reorganizations", act);
        var id = planned.GetProperty("id").ToString();
        var adopted = await Api.SendOkAsync(http, HttpMethod.Post, root, admin, $"/api/v1/reorganizations/{id}/adopt", new { });
        await Console.Error.WriteLineAsync($"Act {id}: {adopted.GetProperty("status").GetString()}, {communes} communes");

        foreach (var (code, number) in codes)
        {
            var officer = new
            {
                userName = string.Create(CultureInfo.InvariantCulture, $"bench.lanhdao{number:000}"),
                fullName = string.Create(CultureInfo.InvariantCulture, $"Lãnh đạo xã Mô Phỏng {number:000}"),
                password = $"Bench-{Guid.NewGuid():N}",
                isActive = true,
                roles = new[] { new { role = "leader", unitCode = code } },
            };
            await Api.SendOkAsync(http, HttpMethod.Put, root, admin, "/api/v1/officers", officer);
        }

        await Console.Error.WriteLineAsync($"{communes} leaders");
    }
}
