using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Organization;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Feedback;

/// <summary>A feedback on the Long Thủy ward with a sender who left a phone; tests vary one part.</summary>
public static class FeedbackRequests
{
    public const string Ward = "PL-LONGTHUY";

    public static Dictionary<string, object?> About(string title, string? unitCode = Ward, string? dossierCode = null) => new()
    {
        ["kind"] = "handling",
        ["title"] = title,
        ["content"] = "Hồ sơ nộp tại Bộ phận Một cửa bị yêu cầu bổ sung giấy tờ không có trong thành phần hồ sơ.",
        ["dossierCode"] = dossierCode,
        ["unitCode"] = unitCode,
        ["sender"] = new { name = "Nguyễn Thị Lan", phone = "0912345678", email = "lan@example.vn" },
    };

    /// <summary>Sends <paramref name="body"/> anonymously, expects 201, and answers the code and due instant.</summary>
    public static async Task<(string Code, DateTimeOffset DueAt)> SubmitAsync(this MotCuaApp app, Dictionary<string, object?> body)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/public/feedback", body, ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return (receipt.GetProperty("code").GetString()!, receipt.GetProperty("dueAt").GetDateTimeOffset());
    }

    /// <summary>Applies an officer action that must succeed, and answers the feedback after it.</summary>
    public static async Task<JsonElement> ActAsync(HttpClient officer, string code, string action, object body)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await officer.PostAsJsonAsync($"/api/v1/feedback/{code}/actions/{action}", body, ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync(ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    /// <summary>A new commune-level unit under thị xã Phước Long, and optionally a specialist there with an e-mail address.</summary>
    public static async Task<string> NewWardAsync(this MotCuaApp app, string code, string? officerEmail = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var parent = await db.Units.FirstAsync(u => u.Code == "PL", TestContext.Current.CancellationToken);
        var unit = new Unit { Code = code, Name = $"Phường thử {code}", Kind = UnitKind.Commune, ParentId = parent.Id };
        db.Units.Add(unit);
        if (officerEmail is not null)
        {
            var officer = new Officer { UserName = code.ToLowerInvariant(), FullName = "Cán bộ thử", Email = officerEmail };
            officer.Roles.Add(new RoleGrant { OfficerId = officer.Id, Role = Role.Specialist, UnitId = unit.Id });
            db.Officers.Add(officer);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return code;
    }

    public static async Task<T> QueryAsync<T>(this MotCuaApp app, Func<MotCuaDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MotCuaDbContext>());
    }
}
