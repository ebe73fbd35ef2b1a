using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Security;

/// <summary>
/// Issue 14, findings 1 and 12: what an officer reads of a unit stops at his scope (the province desk serves the
/// province, not the town's wards), and the ledger of the units below belongs to those who oversee them.
/// </summary>
public abstract class ScopeTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_register_of_a_parent_unit_lists_only_dossiers_the_officer_may_open()
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"/api/v1/dossiers/register?unitCode=TINH&from={App.Today.AddYears(-1):yyyy-MM-dd}&to={App.Today:yyyy-MM-dd}&format=xlsx");
        var desk = await App.SignedInAsync("tiepnhan.tinh");

        var whole = await CodesAsync(await App.SignedInAsync("admin"), url);
        var his = await CodesAsync(desk, url);

        whole.Count.ShouldBeGreaterThan(his.Count, "the demo province has dossiers below the province that its desk does not serve");
        foreach (var code in his)
        {
            (await desk.GetAsync($"/api/v1/dossiers/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, code);
        }
    }

    [Theory]
    [InlineData("tiepnhan", "PL", HttpStatusCode.Forbidden)]
    [InlineData("chuyenvien.xa", "PL-LONGTHUY", HttpStatusCode.Forbidden)]
    [InlineData("lanhdao", "PL", HttpStatusCode.OK)]
    [InlineData("kstt.pl", "PL", HttpStatusCode.OK)]
    public async Task Only_overseers_open_the_index_records_and_the_submission_board_and_see_their_links(string userName, string unitCode, HttpStatusCode expected)
    {
        var client = await App.SignedInAsync(userName);
        var period = string.Create(CultureInfo.InvariantCulture, $"unitCode={unitCode}&from={App.Today.AddMonths(-3):yyyy-MM-dd}&to={App.Today:yyyy-MM-dd}");

        var records = await client.GetAsync($"/api/v1/indicators/service-index/2.1/dossiers?{period}", Ct);
        var board = await client.GetAsync($"/api/v1/reports/II.06/submissions?parentUnitCode={unitCode}&period={App.Today.AddMonths(-3):yyyy}-Q{(App.Today.AddMonths(-3).Month + 2) / 3}", Ct);

        var page = await client.GetStringAsync($"/Indicators?{period}", Ct);

        page.Contains("/Indicators/Records?", StringComparison.Ordinal).ShouldBe(expected == HttpStatusCode.OK, "the page links the records only for those who may open them");
        records.StatusCode.ShouldBe(expected, await records.Content.ReadAsStringAsync(Ct));
        board.StatusCode.ShouldBe(expected, await board.Content.ReadAsStringAsync(Ct));
        if (expected == HttpStatusCode.Forbidden)
        {
            await records.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    private static async Task<List<string>> CodesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync(Ct));
        return [.. book.Worksheet(1).RowsUsed().Where(r => r.RowNumber() > RegisterWorkbook.HeaderRow).Select(r => r.Cell(2).GetString())];
    }
}

[Collection(SqliteGroup.Name)]
public sealed class ScopeTestsOnSqlite(SqliteApp app) : ScopeTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ScopeTestsOnPostgres(PostgresApp app) : ScopeTests(app);
