using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Reports;

public sealed class ReportFormsTests
{
    private ReportForms Forms { get; } = ReportForms.Shipped();

    [Theory]
    // REPORTS.md §2: the letter tells the level — a provincial, b departments, c district, d commune.
    [InlineData("II.06", UnitKind.Commune, "II.06d")]
    [InlineData("II.06d", UnitKind.Commune, "II.06d")]
    [InlineData("ii.06c", UnitKind.District, "II.06c")]
    [InlineData("II.07", UnitKind.Department, "II.07b")]
    [InlineData("HSQH", UnitKind.Province, "HSQH")]
    public void A_code_finds_the_form_printed_with_the_units_letter(string code, UnitKind kind, string printed) =>
        Forms.Find(code, Day("2025-03-14"), kind)!.PrintedCode(kind).ShouldBe(printed);

    [Fact]
    public void Another_levels_letter_or_a_day_before_the_circular_finds_nothing()
    {
        Forms.Find("II.06a", Day("2025-03-14"), UnitKind.Commune).ShouldBeNull();
        Forms.Find("II.06", Day("2020-03-31"), UnitKind.Commune).ShouldBeNull();
        Forms.Knows("II.06a").ShouldBeTrue();
        Forms.Knows("II.99").ShouldBeFalse();
        Forms.BaseCode("II.07c").ShouldBe("II.07");
    }

    [Fact]
    public void The_header_of_II_06_merges_its_groups_across_and_its_single_headers_down()
    {
        var form = Forms.Find("II.06", Day("2025-03-14"), UnitKind.Commune)!;

        var cells = HeaderCell.Layout(form);

        form.HeaderDepth.ShouldBe(3);
        cells.ShouldContain(new HeaderCell("TT", 0, 3, 0, 0));
        cells.ShouldContain(new HeaderCell("Số hồ sơ nhận giải quyết", 0, 1, 2, 5));
        cells.ShouldContain(new HeaderCell("Tổng số", 1, 2, 2, 2));
        cells.ShouldContain(new HeaderCell("Trong kỳ", 1, 1, 3, 4));
        cells.ShouldContain(new HeaderCell("Trực tuyến", 2, 1, 3, 3));
        cells.ShouldContain(new HeaderCell("Từ kỳ trước", 1, 2, 5, 5));
        // Every column of the bottom row is covered exactly once.
        Enumerable.Range(0, form.Columns.Count).ShouldAllBe(c => cells.Count(h => h.FirstColumn <= c && c <= h.LastColumn && h.Row + h.RowSpan == 3) == 1);
    }

    [Fact]
    public void A_form_whose_column_adds_up_an_unknown_column_is_refused()
    {
        var form = Forms.All[0] with { Columns = [new ReportColumn(1, ["TT"]), new ReportColumn(2, ["Lĩnh vực"]), new ReportColumn(3, ["Tổng"], Sum: [4])] };

        Should.Throw<InvalidDataException>(() => new ReportForms([form]));
    }

    [Fact]
    public void Form_II_07_counts_procedures_by_level_at_a_desk_and_with_an_internal_process()
    {
        var form = Forms.Find("II.07", Day("2025-03-14"), UnitKind.District)!;
        var measures = MechanismTally.Count(
        [
            new CatalogEntry(ProcedureLevel.Commune, OneStop: true, HasInternalProcess: true),
            new CatalogEntry(ProcedureLevel.Commune, OneStop: true, HasInternalProcess: false),
            new CatalogEntry(ProcedureLevel.District, OneStop: false, HasInternalProcess: true),
        ]);

        var cells = measures.Cells(form);

        (cells[3], cells[5], cells[6]).ShouldBe((3L, 1L, 2L));
        (cells[7], cells[9], cells[10]).ShouldBe((2L, 0L, 2L));
        (cells[11], cells[12], cells[13], cells[14]).ShouldBe((2L, 0L, 1L, 1L));
    }
}
