using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Reports;

/// <summary>Which deadline, which row group and which printed number a unit of each kind gets (REPORTS.md §1–2, §5).</summary>
public sealed class ReportLevelsTests
{
    [Theory]
    // Seed 001 (REPORTS.md §1): communes and district divisions report to the district by the 17th, the district to the
    // province by the 19th; the province files to the Government Office's system.
    [InlineData(UnitKind.Commune, ReportingLevel.Unit)]
    [InlineData(UnitKind.Division, ReportingLevel.Unit)]
    [InlineData(UnitKind.OneStopDesk, ReportingLevel.Unit)]
    [InlineData(UnitKind.Department, ReportingLevel.Unit)]
    [InlineData(UnitKind.ServiceCentre, ReportingLevel.Unit)]
    [InlineData(UnitKind.District, ReportingLevel.District)]
    [InlineData(UnitKind.Province, ReportingLevel.Province)]
    public void A_unit_meets_the_deadline_of_its_level(UnitKind kind, ReportingLevel level) =>
        ReportingLevels.Of(kind).ShouldBe(level);

    [Theory]
    // REPORTS.md §2, the aggregated variant: a sub-unit's row goes under the level of the procedures it resolves.
    [InlineData(UnitKind.Province, ProcedureLevel.Province, "Cấp tỉnh")]
    [InlineData(UnitKind.Department, ProcedureLevel.Province, "Cấp tỉnh")]
    [InlineData(UnitKind.ServiceCentre, ProcedureLevel.Province, "Cấp tỉnh")]
    [InlineData(UnitKind.District, ProcedureLevel.District, "Cấp huyện")]
    [InlineData(UnitKind.Division, ProcedureLevel.District, "Cấp huyện")]
    [InlineData(UnitKind.OneStopDesk, ProcedureLevel.District, "Cấp huyện")]
    [InlineData(UnitKind.Commune, ProcedureLevel.Commune, "Cấp xã")]
    public void A_sub_units_row_is_grouped_under_the_level_of_what_it_resolves(UnitKind kind, ProcedureLevel level, string heading)
    {
        ReportRows.LevelOf(kind).ShouldBe(level);
        ReportRows.LevelLabel(level).ShouldBe(heading);
    }

    [Theory]
    // REPORTS.md §5: top left "Biểu số II.06a/VPCP/KSTT"; the letter tells the level (§2).
    [InlineData("II.06", UnitKind.ServiceCentre, "Biểu số II.06a/VPCP/KSTT")]
    [InlineData("II.06", UnitKind.Department, "Biểu số II.06b/VPCP/KSTT")]
    [InlineData("II.07", UnitKind.OneStopDesk, "Biểu số II.07c/VPCP/KSTT")]
    [InlineData("HSQH", UnitKind.Commune, "Biểu HSQH: Danh sách hồ sơ quá hạn")]
    public void The_printed_number_carries_the_units_letter(string code, UnitKind kind, string printed) =>
        ReportForms.Shipped().Find(code, Day("2025-03-14"), kind)!.PrintedNumber(kind).ShouldBe(printed);

    [Fact]
    public void Groups_are_numbered_in_roman_and_items_from_one_within_each()
    {
        var form = ReportForms.Shipped().Find("II.06", Day("2025-03-14"), UnitKind.District)!;
        var empty = new Measures();
        ReportItem[] items =
        [
            new(ProcedureLevel.Commune, "Xã A", "XA", empty),
            new(ProcedureLevel.District, "Phòng Tư pháp", "TP", empty),
            new(ProcedureLevel.Commune, "Xã B", "XB", empty),
        ];

        var rows = ReportRows.Build(form, items).Rows;

        rows.Select(r => (r.Number, r.Label, r.UnitCode)).ShouldBe(
        [
            ("I", "Cấp huyện", null), ("1", "Phòng Tư pháp", "TP"),
            ("II", "Cấp xã", null), ("1", "Xã A", "XA"), ("2", "Xã B", "XB"),
            ("", ReportRows.TotalLabel, null),
        ]);
    }
}
