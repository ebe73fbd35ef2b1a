using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace MotCua.Web.Tests.Features.Plans;

/// <summary>Plans and tasks as the tests create them through the API.</summary>
public static class PlanRequests
{
    public const string Quarterly = "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17";

    private static readonly string[] Coordinating = ["PL-TCKH"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A plan of thị xã Phước Long under a number no other test uses.</summary>
    public static async Task<Guid> CreatePlanAsync(this HttpClient kstt, int year = 2024)
    {
        var response = await kstt.PostAsJsonAsync("/api/v1/plans", new
        {
            unitCode = "PL",
            year,
            number = $"{Guid.NewGuid().ToString("N")[..6]}/KH-UBND",
            title = $"Kế hoạch kiểm soát thủ tục hành chính năm {year}",
            issuedOn = $"{year}-01-15",
            signerPosition = "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
            signerName = "Trần Văn Ký",
        }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> AddTaskAsync(this HttpClient kstt, Guid planId, object due, string content = "Báo cáo kết quả kiểm soát TTHC hằng quý", string lead = "PL-TP")
    {
        var response = await kstt.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", new
        {
            section = "VII. Chế độ giao ban, thông tin, báo cáo",
            content,
            leadUnitCode = lead,
            coordinatingUnitCodes = Coordinating,
            expectedOutput = "Báo cáo quý",
            due,
        }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static List<Guid> InstanceIds(this JsonElement task) =>
        [.. task.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    public static string[] Dates(this JsonElement task) =>
        [.. task.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("dueDate").GetString()!)];
}
