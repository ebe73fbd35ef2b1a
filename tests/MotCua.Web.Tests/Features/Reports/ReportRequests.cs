using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>Reading reports over HTTP.</summary>
internal static class ReportRequests
{
    public static async Task<JsonElement> ReportAsync(this MotCuaApp app, string userName, string form, string query)
    {
        var response = await (await app.SignedInAsync(userName)).GetAsync($"/api/v1/reports/{form}?{query}", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static List<JsonElement> Rows(this JsonElement report) => [.. report.GetProperty("rows").EnumerateArray()];

    /// <summary>The unit of an item row (a unit, or a dossier's unit); null on heading and total rows.</summary>
    public static string? UnitCode(this JsonElement row) => row.TryGetProperty("unitCode", out var code) ? code.GetString() : null;

    public static JsonElement Total(this JsonElement report) => report.Rows().Single(r => r.GetProperty("isTotal").GetBoolean());

    public static long Cell(this JsonElement row, int column) =>
        row.GetProperty("cells").TryGetProperty(column.ToString(CultureInfo.InvariantCulture), out var value) ? value.GetInt64() : 0;

    /// <summary>The item rows (sub-units or fields) add up to the total, column by column.</summary>
    public static void ItemsShouldAddUpToTheTotal(this JsonElement report, string because)
    {
        var items = report.Rows().Where(r => !r.GetProperty("isTotal").GetBoolean() && !r.GetProperty("isGroup").GetBoolean()).ToList();
        for (int column = 3; column <= 13; column++)
        {
            items.Sum(r => r.Cell(column)).ShouldBe(report.Total().Cell(column), $"{because}, column {column}");
        }
    }
}
