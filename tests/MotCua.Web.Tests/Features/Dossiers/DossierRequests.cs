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
    public static Task<string> ReceiveBirthAsync(this MotCuaApp app) => app.ReceiveAsync(Birth());

    /// <summary>A birth registration received and approved by the ward's leader: its result is the next step.</summary>
    public static async Task<string> ApprovedBirthAsync(this MotCuaApp app)
    {
        var code = await app.ReceiveBirthAsync();
        await ActAsync(await app.SignedInAsync("lanhdao.xa"), code, "approve", new { });
        return code;
    }

    /// <summary>
    /// The same applicant at the same desk asking for another procedure of the ward, with that procedure's required
    /// components (on paper).
    /// </summary>
    public static Task<string> ReceiveAsync(this MotCuaApp app, string procedureCode, params string[] components)
    {
        var request = Birth();
        request["procedureCode"] = procedureCode;
        request["components"] = components.Select(name => new { name, originals = 1, copies = 0, origin = "paper" }).ToArray();
        return app.ReceiveAsync(request);
    }

    /// <summary>Takes a received dossier through every step of the ward's process until its result is issued.</summary>
    public static async Task IssueResultAsync(this MotCuaApp app, string code)
    {
        var (desk, leader, specialist) = (await app.SignedInAsync("tiepnhan.xa"), await app.SignedInAsync("lanhdao.xa"), await app.SignedInAsync("chuyenvien.xa"));
        await ActAsync(desk, code, "complete-step", new { note = "Đã kiểm tra đủ thành phần" });
        await ActAsync(leader, code, "assign", new { assignee = "chuyenvien.xa" });
        await ActAsync(specialist, code, "complete-step", new { note = "Đủ điều kiện đăng ký" });
        await ActAsync(leader, code, "approve", new { });
        await ActAsync(specialist, code, "issue-result", new { });
    }

    /// <summary>Fetches a paper of the dossier as the desk (the Long Thủy ward's unless named) would print it: it must be there, as a PDF.</summary>
    public static async Task<byte[]> PrintAsync(this MotCuaApp app, string code, string kind, string desk = "tiepnhan.xa")
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await (await app.SignedInAsync(desk)).GetAsync($"/api/v1/dossiers/{code}/documents/{kind}", ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    /// <summary>Hands <paramref name="request"/> in at the Long Thủy ward desk (or the <paramref name="desk"/> named) and answers the new dossier's code.</summary>
    public static async Task<string> ReceiveAsync(this MotCuaApp app, Dictionary<string, object?> request, string desk = "tiepnhan.xa")
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await (await app.SignedInAsync(desk)).PostAsJsonAsync("/api/v1/dossiers", request, ct);
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
