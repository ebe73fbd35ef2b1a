using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>Reading reports over HTTP, and the identities REPORTS.md §2 says every row of form II.06 keeps.</summary>
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

    public static JsonElement Total(this JsonElement report) => report.Rows().Single(r => r.GetProperty("isTotal").GetBoolean());

    public static long Cell(this JsonElement row, int column) =>
        row.GetProperty("cells").TryGetProperty(column.ToString(CultureInfo.InvariantCulture), out var value) ? value.GetInt64() : 0;

    /// <summary>3 = 4 + 5 + 6 = 7 + 11, 7 = 8 + 9 + 10, 11 = 12 + 13 on every row, and as the report says it checked them.</summary>
    public static void ShouldKeepTheIdentities(this JsonElement report, string because)
    {
        foreach (var row in report.Rows())
        {
            var label = because + " / " + row.GetProperty("label").GetString();
            row.Cell(3).ShouldBe(row.Cell(4) + row.Cell(5) + row.Cell(6), label);
            row.Cell(3).ShouldBe(row.Cell(7) + row.Cell(11), label);
            row.Cell(7).ShouldBe(row.Cell(8) + row.Cell(9) + row.Cell(10), label);
            row.Cell(11).ShouldBe(row.Cell(12) + row.Cell(13), label);
        }

        report.GetProperty("identities").EnumerateArray().ShouldAllBe(i => i.GetProperty("holds").GetBoolean(), because);
    }

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
