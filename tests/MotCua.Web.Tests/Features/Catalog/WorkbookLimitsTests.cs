using ClosedXML.Excel;
using Microsoft.AspNetCore.Http;
using MotCua.Web.Features.Catalog;
using Shouldly;

namespace MotCua.Web.Tests.Features.Catalog;

/// <summary>What an uploaded workbook may unpack to, checked before ClosedXML builds it in memory (issue 14, finding 6).</summary>
public sealed class WorkbookLimitsTests
{
    [Fact]
    public void A_workbook_declaring_more_than_50_MB_unpacked_is_too_large() =>
        WorkbookLimits.Check(ImportWorkbook.Bomb(51))!.Status.ShouldBe(StatusCodes.Status413PayloadTooLarge);

    [Fact]
    public void A_part_compressed_a_thousand_times_is_too_large_however_small_it_unpacks() =>
        WorkbookLimits.Check(ImportWorkbook.Bomb(2))!.Type.ShouldBe("workbook-too-large");

    [Theory]
    [InlineData(WorkbookLimits.MaxRows + 1, 1)]
    [InlineData(2, WorkbookLimits.MaxColumns + 1)]
    [InlineData(1_048_576, 16_384)]
    public void Data_beyond_the_rows_and_columns_an_import_reads_is_refused(int row, int column)
    {
        var error = WorkbookLimits.Check(Workbook(sheet => sheet.Cell(row, column).Value = "x"));

        error.ShouldNotBeNull().Status.ShouldBe(StatusCodes.Status400BadRequest);
        ImportFile.Read(Workbook(sheet => sheet.Cell(row, column).Value = "x")).Error.ShouldBe(error);
    }

    [Fact]
    public void The_import_templates_and_a_full_sheet_pass() =>
        new[]
        {
            ImportTemplate.Xlsx(),
            MotCua.Web.Features.Plans.ImportPlanTasks.Template(),
            Workbook(sheet => sheet.Cell(WorkbookLimits.MaxRows, WorkbookLimits.MaxColumns).Value = "x"),
        }.ShouldAllBe(workbook => WorkbookLimits.Check(workbook) == null);

    private static byte[] Workbook(Action<IXLWorksheet> fill)
    {
        using var workbook = new XLWorkbook();
        fill(workbook.AddWorksheet("Dữ liệu"));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
