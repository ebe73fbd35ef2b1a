using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Reports;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;
using static MotCua.Web.Tests.Features.Reports.ReportRequests;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>Periodic reports (REPORTS.md): the forms, form II.06 as JSON, workbook and PDF, form II.07, the late list, and bad input.</summary>
public abstract class ReportTests(MotCuaApp app) : ProviderTests(app)
{
    private const string District = "PL";

    [Fact]
    public async Task The_forms_in_force_are_listed_with_their_columns()
    {
        var forms = await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>("/api/v1/reports/forms", Ct);

        var ii06 = forms.EnumerateArray().Single(f => f.GetProperty("code").GetString() == "II.06");
        ii06.GetProperty("printedCodes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["II.06a", "II.06b", "II.06c", "II.06d"]);
        ii06.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("number").GetInt32()).ShouldBe(Enumerable.Range(1, 13));
        forms.EnumerateArray().Select(f => f.GetProperty("code").GetString()).ShouldBe(["II.06", "II.07", "HSQH", "PAKN", "DVCTT", "CBTT", "RSDG"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_dossier_received_today_counts_at_the_desk_and_in_progress_within_time()
    {
        var query = $"unitCode={DossierRequests.Ward}&from={Day(App.Today)}&to={Day(App.Today)}";
        var before = (await App.ReportAsync("lanhdao.xa", "II.06", query)).Total();

        await App.ReceiveBirthAsync();
        var report = await App.ReportAsync("lanhdao.xa", "II.06", query);

        report.GetProperty("form").GetString().ShouldBe("II.06d");
        var total = report.Total();
        (total.Cell(3), total.Cell(5), total.Cell(11), total.Cell(12)).ShouldBe((before.Cell(3) + 1, before.Cell(5) + 1, before.Cell(11) + 1, before.Cell(12) + 1));
        report.Rows().ShouldContain(r => r.GetProperty("label").GetString() == "Cấp xã" && r.GetProperty("isGroup").GetBoolean());
        report.Rows().ShouldContain(r => r.GetProperty("label").GetString() == "Hộ tịch");
    }

    [Fact]
    public async Task An_empty_period_is_a_valid_report_of_zeros()
    {
        var report = await App.ReportAsync("lanhdao.xa", "II.06d", $"unitCode={DossierRequests.Ward}&period=2021-Q1");

        report.GetProperty("period").GetProperty("from").GetString().ShouldBe("2020-12-15");
        report.GetProperty("period").GetProperty("to").GetString().ShouldBe("2021-03-14");
        report.GetProperty("period").GetProperty("basis").GetString().ShouldBe("cutoff");
        var total = report.Rows().ShouldHaveSingleItem();
        total.GetProperty("isTotal").GetBoolean().ShouldBeTrue();
        Enumerable.Range(3, 11).ShouldAllBe(c => total.Cell(c) == 0);
    }

    [Fact]
    public async Task The_calendar_basis_takes_whole_months()
    {
        var report = await App.ReportAsync("lanhdao.xa", "II.06", $"unitCode={DossierRequests.Ward}&period=2024-Q4&basis=calendar");

        report.GetProperty("period").GetProperty("from").GetString().ShouldBe("2024-10-01");
        report.GetProperty("period").GetProperty("to").GetString().ShouldBe("2024-12-31");
    }

    [Fact]
    public async Task By_unit_the_district_has_a_row_per_sub_unit_that_add_up_to_its_total()
    {
        await App.ReceiveBirthAsync();
        var query = $"unitCode={District}&from={Day(App.Today.AddDays(-60))}&to={Day(App.Today)}";

        var report = await App.ReportAsync("lanhdao", "II.06", query + "&by=unit");
        var whole = await App.ReportAsync("lanhdao", "II.06", query);

        report.GetProperty("form").GetString().ShouldBe("II.06c");
        var ward = report.Rows().Single(r => r.GetProperty("unitCode").GetString() == DossierRequests.Ward);
        ward.Cell(3).ShouldBeGreaterThan(0);
        report.Rows().ShouldNotContain(r => r.GetProperty("unitCode").GetString() == "PL-MC");
        report.ItemsShouldAddUpToTheTotal("by unit");
        Enumerable.Range(3, 11).ShouldAllBe(c => whole.Total().Cell(c) == report.Total().Cell(c));
    }

    [Fact]
    public async Task The_workbook_holds_the_same_cells_as_the_json_in_the_official_layout()
    {
        await App.ReceiveBirthAsync();
        var query = $"unitCode={DossierRequests.Ward}&from={Day(App.Today.AddDays(-90))}&to={Day(App.Today)}";
        var json = await App.ReportAsync("lanhdao.xa", "II.06", query);

        var response = await SendAsync("lanhdao.xa", $"/api/v1/reports/II.06?{query}", ImportTemplate.XlsxContentType);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ImportTemplate.XlsxContentType);
        using var workbook = new XLWorkbook(response.Content.ReadAsStream(Ct));
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldBe("Biểu số II.06d/VPCP/KSTT");
        sheet.Cell(2, 1).GetString().ShouldBe("Ban hành theo Thông tư số 01/2020/TT-VPCP");
        sheet.Cell(3, 4).GetString().ShouldBe("Nơi tiếp nhận hồ sơ: Bộ phận Một cửa phường Long Thủy", "the ward's desk, under the period line");
        sheet.Cell(1, 1).Style.Font.FontName.ShouldBe("Times New Roman");
        // The header block: "Số hồ sơ nhận giải quyết" over columns 3–6, "TT" down its three rows.
        var received = sheet.Cell(ReportWorkbook.FirstHeaderRow, 3);
        received.GetString().ShouldBe("Số hồ sơ nhận giải quyết");
        received.MergedRange().RangeAddress.ToString().ShouldBe("C6:F6");
        sheet.Cell(ReportWorkbook.FirstHeaderRow, 1).MergedRange().RangeAddress.ToString().ShouldBe("A6:A8");
        int first = ReportWorkbook.FirstDataRow(3);
        Enumerable.Range(1, 13).Select(c => sheet.Cell(first - 1, c).GetValue<int>()).ShouldBe(Enumerable.Range(1, 13));
        var rows = json.Rows();
        for (int r = 0; r < rows.Count; r++)
        {
            sheet.Cell(first + r, 1).GetString().ShouldBe(rows[r].GetProperty("number").GetString());
            sheet.Cell(first + r, 2).GetString().ShouldBe(rows[r].GetProperty("label").GetString());
            for (int c = 3; c <= 13; c++)
            {
                sheet.Cell(first + r, c).GetValue<long>().ShouldBe(rows[r].Cell(c), $"row {r}, column {c}");
                sheet.Cell(first + r, c).Style.NumberFormat.Format.ShouldBe(ReportWorkbook.NumberFormat);
            }
        }

        sheet.Cell(first + rows.Count - 1, 2).Style.Font.Bold.ShouldBeTrue();
        sheet.Cell(first + rows.Count - 1, 2).GetString().ShouldBe("Tổng cộng");
        sheet.CellsUsed().Select(c => c.GetString()).ShouldContain("THỦ TRƯỞNG ĐƠN VỊ");
        sheet.CellsUsed().Select(c => c.GetString()).ShouldContain("NGƯỜI LẬP BIỂU");
    }

    [Fact]
    public async Task The_pdf_prints_the_form_with_its_header_total_and_signatures()
    {
        var response = await SendAsync("lanhdao.xa", $"/api/v1/reports/II.06?unitCode={DossierRequests.Ward}&period=2024-Q4", ExportReport.PdfContentType);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ExportReport.PdfContentType);
        var pdf = await response.Content.ReadAsByteArrayAsync(Ct);
        var words = await PdfTools.WordsAsync(pdf);
        words.ShouldContain("Biểu số II.06d/VPCP/KSTT");
        words.ShouldContain("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI ỦY BAN NHÂN DÂN PHƯỜNG LONG THỦY");
        words.ShouldContain("Kỳ báo cáo: 2024-Q4 (Từ ngày 15/09/2024 đến ngày 14/12/2024)");
        words.ShouldContain("Đơn vị nhận báo cáo: Ủy ban nhân dân thị xã Phước Long");
        words.ShouldContain("Tổng cộng");
        words.ShouldContain("NGƯỜI LẬP BIỂU");
        words.ShouldContain("THỦ TRƯỞNG ĐƠN VỊ");
        await PdfTools.ShouldEmbedSerifFontsOnlyAsync(pdf);
    }

    [Fact]
    public async Task Form_II_07_counts_the_procedures_under_the_one_stop_mechanism()
    {
        // The demo catalog is entered when the demo starts: it is in force from then on. The day is the seeding day, not
        // today by the shared clock, which other tests move forward: the district is abolished on 1 July 2025.
        var seeded = DateOnly.FromDateTime(MotCuaApp.SeededAt.ToOffset(Domain.Calendar.WorkingCalendar.VietnamOffset).DateTime);
        var report = await App.ReportAsync("lanhdao", "II.07", $"unitCode={District}&from={Day(seeded)}&to={Day(seeded)}&by=unit");

        report.GetProperty("form").GetString().ShouldBe("II.07c");
        var total = report.Total();
        total.Cell(3).ShouldBeGreaterThan(0);
        total.Cell(3).ShouldBe(total.Cell(4) + total.Cell(5) + total.Cell(6));
        total.Cell(7).ShouldBeLessThanOrEqualTo(total.Cell(3));
        total.Cell(11).ShouldBe(total.Cell(12) + total.Cell(13) + total.Cell(14));
        report.Rows().ShouldContain(r => r.GetProperty("unitCode").GetString() == DossierRequests.Ward && r.Cell(6) > 0);
        report.GetProperty("identities").EnumerateArray().ShouldAllBe(i => i.GetProperty("holds").GetBoolean());
    }

    [Fact]
    public async Task The_late_form_lists_the_late_list_of_the_period()
    {
        var from = App.Today.AddDays(-300);
        var late = await (await App.SignedInAsync("lanhdao")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/late?unitCode={District}&from={Day(from)}&to={Day(App.Today)}", Ct);

        var report = await App.ReportAsync("lanhdao", "HSQH", $"unitCode={District}&from={Day(from)}&to={Day(App.Today)}");

        var rows = report.Rows().Where(r => !r.GetProperty("isTotal").GetBoolean()).ToList();
        rows.Count.ShouldBe(late.GetProperty("total").GetInt32());
        rows.Count.ShouldBeGreaterThan(0);
        rows.Select(r => r.GetProperty("label").GetString()).ShouldBe(
            late.GetProperty("units").EnumerateArray().SelectMany(u => u.GetProperty("dossiers").EnumerateArray()).Select(d => d.GetProperty("code").GetString()), ignoreOrder: true);
        report.Total().GetProperty("label").GetString().ShouldBe($"Tổng cộng: {rows.Count} hồ sơ");
        var cells = rows[0].GetProperty("cells");
        cells.GetProperty("6").GetString().ShouldNotBeNullOrWhiteSpace();
        cells.GetProperty("7").GetString().ShouldNotBeNullOrWhiteSpace();
        cells.GetProperty("9").GetDecimal().ShouldBeGreaterThan(0);
        // The applicant's name is masked: the report goes up to the parent and is published.
        rows.ShouldAllBe(r => r.GetProperty("cells").GetProperty("4").GetString()!.Contains('*'));

        var pdf = await SendAsync("lanhdao", $"/api/v1/reports/HSQH?unitCode={District}&from={Day(from)}&to={Day(App.Today)}", ExportReport.PdfContentType);
        var words = await PdfTools.WordsAsync(await pdf.Content.ReadAsByteArrayAsync(Ct));
        words.ShouldContain("Biểu HSQH: Danh sách hồ sơ quá hạn");
        words.ShouldContain(rows[0].GetProperty("label").GetString()!);
    }

    [Theory]
    [InlineData("II.06", "unitCode=PL-LONGTHUY&period=2024-Q5", "period")]
    [InlineData("II.06", "unitCode=PL-LONGTHUY&period=2030-Q1", "period")]
    [InlineData("II.06", "unitCode=PL-LONGTHUY", "period")]
    [InlineData("II.06", "unitCode=PL-LONGTHUY&from=2025-02-10&to=2025-02-01", "to")]
    [InlineData("II.06", "unitCode=PL-LONGTHUY&period=2024-Q1&basis=lunar", "basis")]
    [InlineData("II.06", "unitCode=PL-LONGTHUY&period=2024-Q1&by=officer", "by")]
    [InlineData("II.06a", "unitCode=PL-LONGTHUY&period=2024-Q1", "form")]
    [InlineData("II.06", "unitCode=PL-LONGTHUY&period=2024-Q1&format=docx", "format")]
    [InlineData("II.06", "unitCode=PL-LONGTHUY&period=2024-Q1&source=submitted", "source")]
    [InlineData("II.07", "unitCode=PL-LONGTHUY&period=2024-Q1&by=unit&source=submitted", "source")]
    public async Task Bad_input_is_a_400_in_Vietnamese_naming_the_field(string form, string query, string field)
    {
        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/reports/{form}?{query}", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Title().ShouldBe("Dữ liệu không hợp lệ");
        problem.ErrorKeys().ShouldContain(field);
    }

    [Theory]
    [InlineData("lanhdao.xa", "II.99", "PL-LONGTHUY")]
    [InlineData("lanhdao.xa", "II.06", "KHONG-CO")]
    [InlineData("lanhdao.bgm", "II.06", "PL-LONGTHUY")]
    public async Task An_unknown_form_or_a_unit_outside_the_scope_is_a_404(string userName, string form, string unitCode)
    {
        var response = await (await App.SignedInAsync(userName)).GetAsync($"/api/v1/reports/{form}?unitCode={unitCode}&period=2024-Q4", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Title().ShouldBe("Không tìm thấy");
    }

    [Fact]
    public async Task A_future_period_is_refused_in_English_when_asked()
    {
        var client = await App.SignedInAsync("lanhdao.xa");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var response = await client.GetAsync($"/api/v1/reports/II.06?unitCode={DossierRequests.Ward}&period=2030-Y", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorMessages().ShouldContain(m => m.Contains("has not begun", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> SendAsync(string userName, string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await (await App.SignedInAsync(userName)).SendAsync(request, Ct);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class ReportTestsOnSqlite(SqliteApp app) : ReportTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ReportTestsOnPostgres(PostgresApp app) : ReportTests(app);
