using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>A complete birth registration handed in at the Long Thủy ward desk; tests vary one part.</summary>
public static class DossierRequests
{
    public const string BirthRegistration = "1.001193.000.00.00.H10";
    public const string Ward = "PL-LONGTHUY";

    public static Dictionary<string, object?> Birth(string channel = "counter", string idNumber = "079203001234", string phone = "0912345678") => new()
    {
        ["procedureCode"] = BirthRegistration,
        ["unitCode"] = Ward,
        ["channel"] = channel,
        ["applicant"] = new { fullName = "Nguyễn Văn An", idNumber, phone, email = "an@example.vn", address = "Phường Long Thủy, thị xã Phước Long" },
        ["components"] = new object[]
        {
            new { name = "Tờ khai đăng ký khai sinh theo mẫu", originals = 1, copies = 0, origin = "scan" },
            new { name = "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", originals = 1, copies = 0, origin = "paper" },
        },
    };

    /// <summary>Hands <see cref="Birth"/> in at the desk (received at once) and answers the new dossier's code.</summary>
    public static async Task<string> ReceiveBirthAsync(this MotCuaApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await (await app.SignedInAsync("tiepnhan.xa")).PostAsJsonAsync("/api/v1/dossiers", Birth(), ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString()!;
    }

    /// <summary>Applies a processing action that must succeed, and answers the dossier after it.</summary>
    public static async Task<JsonElement> ActAsync(HttpClient client, string code, string action, object body)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await client.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/{action}", body, ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync(ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }
}
