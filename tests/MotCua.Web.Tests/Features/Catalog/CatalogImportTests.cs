using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;
using static MotCua.Web.Tests.Features.Catalog.ImportWorkbook;

namespace MotCua.Web.Tests.Features.Catalog;

public abstract class CatalogImportTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Json_import_creates_every_procedure()
    {
        var client = await App.SignedInAsync("ksttthc");
        var (a, b) = (UniqueProcedureCode(), UniqueProcedureCode());

        var response = await client.PostAsJsonAsync("/api/v1/procedures/import", new[] { CatalogRequests.Procedure(a), CatalogRequests.Procedure(b) }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        report.GetProperty("created").GetInt32().ShouldBe(2);
        (await client.GetAsync($"/api/v1/procedures/{b}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Json_import_with_one_bad_row_imports_nothing_and_names_the_row()
    {
        var client = await App.SignedInAsync("ksttthc");
        var good = UniqueProcedureCode();
        var bad = CatalogRequests.Procedure(UniqueProcedureCode());
        bad["timeLimit"] = new { workingDays = 100000 };

        var problem = await (await client.PostAsJsonAsync("/api/v1/procedures/import", new[] { CatalogRequests.Procedure(good), bad }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["rows[2].timeLimit"]);
        (await client.GetAsync($"/api/v1/procedures/{good}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Excel_import_from_the_template_creates_and_updates()
    {
        var client = await App.SignedInAsync("ksttthc");
        var template = await client.GetByteArrayAsync("/api/v1/procedures/import/template?format=xlsx", Ct);
        var (a, b) = (UniqueProcedureCode(), UniqueProcedureCode());
        var file = FromTemplate(template, [
            new() { [Col.Code] = a, [Col.Name] = "Cấp bản sao trích lục thử nghiệm" },
            new() { [Col.Code] = b, [Col.Name] = "Xác nhận thử nghiệm", [Col.Steps] = "Tiếp nhận | receptionist | 1\nThẩm định | specialist | 4 | PL-TP" },
        ]);

        var first = await PostFile(client, file, "danh-muc.xlsx");
        var again = await PostFile(client, file, "danh-muc.xlsx");

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("created").GetInt32().ShouldBe(2);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("updated").GetInt32().ShouldBe(2);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{b}", Ct);
        detail.GetProperty("steps")[1].GetProperty("unitCode").GetString().ShouldBe("PL-TP");
        detail.GetProperty("components")[0].GetProperty("name").GetString().ShouldBe("Tờ khai đăng ký khai sinh");
    }

    [Fact]
    public async Task Excel_rows_with_empty_required_cells_duplicates_and_bad_numbers_are_all_listed_and_nothing_is_imported()
    {
        var client = await App.SignedInAsync("ksttthc");
        var template = await client.GetByteArrayAsync("/api/v1/procedures/import/template?format=xlsx", Ct);
        var (ok, dup) = (UniqueProcedureCode(), UniqueProcedureCode());
        var file = FromTemplate(template, [
            new() { [Col.Code] = ok },
            new() { [Col.Code] = dup, [Col.Name] = "" },
            new() { [Col.Code] = dup, [Col.WorkingDays] = "ba ngày" },
            new() { [Col.Code] = UniqueProcedureCode(), [Col.Level] = "thôn", [Col.Units] = "NOWHERE" },
        ]);

        var problem = await (await PostFile(client, file, "loi.xlsx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["rows[3].B", "rows[3].A", "rows[4].A", "rows[4].H", "rows[5].D", "rows[5].R"], ignoreOrder: true);
        problem.ErrorMessages().ShouldContain(m => m.Contains("trùng ở các dòng 3, 4"));
        (await client.GetAsync($"/api/v1/procedures/{ok}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Excel_with_wrong_columns_is_refused_with_the_expected_header()
    {
        var client = await App.SignedInAsync("ksttthc");
        var template = await client.GetByteArrayAsync("/api/v1/procedures/import/template?format=xlsx", Ct);
        var file = FromTemplate(template, [new() { [Col.Code] = UniqueProcedureCode() }], sheet => sheet.Cell(1, 2).Value = "Tên");

        var problem = await (await PostFile(client, file, "cot-sai.xlsx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["rows[1].B"]);
        problem.ErrorMessages().Single().ShouldContain("Tên thủ tục");
    }

    [Fact]
    public async Task Csv_import_reads_quoted_multi_line_cells()
    {
        var client = await App.SignedInAsync("ksttthc");
        var template = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/v1/procedures/import/template?format=csv", Ct)).TrimStart('\uFEFF');
        var code = UniqueProcedureCode();
        var header = template.Split('\n')[0].TrimEnd('\r');
        var row = $"{code},Xác nhận CSV,Thử nghiệm,xã,không,Giấy xác nhận,\"Luật A\nLuật B\",1,,,\"counter, online\",partial,không,không,\"Tờ khai | 1 | 0 | có\nCCCD | 0 | 1 | không\",Lệ phí | 0 | Miễn,Tiếp nhận | receptionist | 2,PL-LONGTHUY,,,";

        var response = await PostFile(client, Encoding.UTF8.GetBytes(header + "\n" + row + "\n"), "danh-muc.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Ct);
        detail.GetProperty("legalBasis").GetArrayLength().ShouldBe(2);
        detail.GetProperty("components")[1].GetProperty("required").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_renamed_xlsx_is_refused()
    {
        var client = await App.SignedInAsync("ksttthc");
        byte[] pdf = [.. "%PDF-1.7\n"u8, 0x00, 0xFF, 0xFE, 0x01];
        byte[] fakeZip = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02];

        var asPdf = await (await PostFile(client, pdf, "danh-muc.xlsx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var asZip = await (await PostFile(client, fakeZip, "danh-muc.xlsx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        asPdf.GetProperty("detail").GetString()!.ShouldContain("không phải");
        asZip.GetProperty("detail").GetString()!.ShouldContain("Excel");
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_as_too_large()
    {
        var client = await App.SignedInAsync("ksttthc");

        var response = await PostFile(client, new byte[50 * 1024 * 1024], "lon.xlsx");

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_small_workbook_that_unpacks_to_60_MB_is_refused_before_it_is_opened()
    {
        var client = await App.SignedInAsync("ksttthc");

        var response = await PostFile(client, ImportWorkbook.Bomb(60), "danh-muc.xlsx");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("type").GetString().ShouldBe("/problems/workbook-too-large");
        problem.GetProperty("detail").GetString()!.ShouldContain("giải nén");
    }

    [Theory]
    [InlineData("{ not json", "application/json")]
    [InlineData("{}", "application/json")]
    [InlineData("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK", "multipart/form-data; boundary=x")]
    [InlineData("abc", "multipart/form-data")]
    public async Task A_body_that_is_not_what_its_content_type_says_is_a_400_problem(string body, string contentType)
    {
        var client = await App.SignedInAsync("ksttthc");
        var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await client.PostAsync("/api/v1/procedures/import", content, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_template_opens_in_Excel_with_every_column_and_instructions()
    {
        var bytes = await (await App.SignedInAsync("ksttthc")).GetByteArrayAsync("/api/v1/procedures/import/template", Ct);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var headers = workbook.Worksheet(1).Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        headers.First().ShouldBe("Mã TTHC");
        headers.ShouldContain("Thành phần hồ sơ");
        headers.Count.ShouldBe(26);
        workbook.Worksheet("Hướng dẫn").RowsUsed().Count().ShouldBe(27);
    }

    private static Task<HttpResponseMessage> PostFile(HttpClient client, byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return client.PostAsync("/api/v1/procedures/import", form, Ct);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class CatalogImportTestsOnSqlite(SqliteApp app) : CatalogImportTests(app);

[Collection(PostgresGroup.Name)]
public sealed class CatalogImportTestsOnPostgres(PostgresApp app) : CatalogImportTests(app);
