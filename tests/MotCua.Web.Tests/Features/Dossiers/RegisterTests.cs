using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>The dossier register (Mẫu 06) of a unit and period, as PDF and as a workbook, and the inputs it refuses.</summary>
public abstract class RegisterTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_printed_register_lists_the_dossiers_received_today()
    {
        var first = await App.ReceiveBirthAsync();
        var second = await App.ReceiveBirthAsync();

        var response = await GetAsync(RegisterUrl(DossierRequests.Ward, Today(), Today()));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        var text = await PdfTools.TextAsync(await response.Content.ReadAsByteArrayAsync(Ct));
        text.ShouldContain("SỔ THEO DÕI HỒ SƠ");
        text.ShouldContain(first);
        text.ShouldContain(second);
        text.ShouldContain("Nguyễn Văn An");
    }

    [Fact]
    public async Task The_workbook_has_a_row_per_dossier_under_a_bold_frozen_header()
    {
        var first = await App.ReceiveBirthAsync();
        var second = await App.ReceiveBirthAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, RegisterUrl(DossierRequests.Ward, Today(), Today()));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ImportTemplate.XlsxContentType));

        using var sheet = Sheet(await SendAsync(request));

        sheet.Worksheet.Cell(1, 1).GetString().ShouldBe("SỔ THEO DÕI HỒ SƠ");
        sheet.Worksheet.Cell(1, 1).IsMerged().ShouldBeTrue();
        sheet.Worksheet.Cell(RegisterWorkbook.HeaderRow, 2).GetString().ShouldBe("Mã hồ sơ");
        sheet.Worksheet.Cell(RegisterWorkbook.HeaderRow, 2).Style.Font.Bold.ShouldBeTrue();
        sheet.Worksheet.SheetView.SplitRow.ShouldBe(RegisterWorkbook.HeaderRow);
        var codes = DataRows(sheet.Worksheet).Select(r => r.Cell(2).GetString()).ToList();
        codes.ShouldContain(first);
        codes.ShouldContain(second);
        codes.IndexOf(first).ShouldBeLessThan(codes.IndexOf(second));
    }

    [Fact]
    public async Task An_empty_period_is_an_empty_register()
    {
        using var sheet = Sheet(await GetAsync(RegisterUrl(DossierRequests.Ward, "2001-01-01", "2001-01-31") + "&format=xlsx"));

        DataRows(sheet.Worksheet).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2025-03-10", "2025-03-01", "to")]
    [InlineData("2025-02-30", "2025-03-01", "from")]
    [InlineData("2024-01-01", "2025-01-01", "to")]
    public async Task A_wrong_period_is_a_400_naming_the_field(string from, string to, string field)
    {
        var problem = await (await GetAsync(RegisterUrl(DossierRequests.Ward, from, to))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe([field]);
        problem.Title().ShouldBe("Dữ liệu không hợp lệ");
    }

    [Fact]
    public async Task An_unknown_unit_or_one_outside_the_officers_scope_is_a_404()
    {
        await (await GetAsync(RegisterUrl("KHONG-CO", Today(), Today()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var client = await App.SignedInAsync("tiepnhan.bgm");

        await (await client.GetAsync(RegisterUrl(DossierRequests.Ward, Today(), Today()), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_inbox_offers_a_plain_form_for_the_officers_units()
    {
        var page = await (await App.SignedInAsync("tiepnhan.xa")).GetStringAsync("/Dossiers", Ct);

        page.ShouldContain("action=\"/api/v1/dossiers/register\"");
        page.ShouldContain($"<option value=\"{DossierRequests.Ward}\">");
        page.ShouldContain("name=\"format\" value=\"xlsx\"");
    }

    private static string RegisterUrl(string unitCode, string from, string to) => $"/api/v1/dossiers/register?unitCode={unitCode}&from={from}&to={to}";

    private string Today() => App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<HttpResponseMessage> GetAsync(string url) => await (await App.SignedInAsync("tiepnhan.xa")).GetAsync(url, Ct);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => await (await App.SignedInAsync("tiepnhan.xa")).SendAsync(request, Ct);

    private static IEnumerable<IXLRow> DataRows(IXLWorksheet sheet) => sheet.RowsUsed().Where(r => r.RowNumber() > RegisterWorkbook.HeaderRow);

    private static OpenedSheet Sheet(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ImportTemplate.XlsxContentType);
        var workbook = new XLWorkbook(response.Content.ReadAsStream(Ct));
        return new OpenedSheet(workbook, workbook.Worksheet(RegisterWorkbook.SheetName));
    }

    /// <summary>The sheet and its workbook, which holds it open until disposed.</summary>
    private sealed record OpenedSheet(XLWorkbook Workbook, IXLWorksheet Worksheet) : IDisposable
    {
        public void Dispose() => Workbook.Dispose();
    }
}

[Collection(SqliteGroup.Name)]
public sealed class RegisterTestsOnSqlite(SqliteApp app) : RegisterTests(app);

[Collection(PostgresGroup.Name)]
public sealed class RegisterTestsOnPostgres(PostgresApp app) : RegisterTests(app);
