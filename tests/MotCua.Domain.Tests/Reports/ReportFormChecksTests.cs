using MotCua.Domain.Indicators;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Reports;

/// <summary>
/// What a form version the administrator uploads must hold to (REPORTS.md: layouts are data with an effective date),
/// when a version is in force, and an identity that does not hold being reported as such.
/// </summary>
public sealed class ReportFormChecksTests
{
    private static ReportForm II06 { get; } = ReportForms.Shipped().Find("II.06", Day("2025-03-14"), UnitKind.Commune)!;

    [Fact]
    public void A_broken_form_lists_every_problem_in_words_the_administrator_can_act_on()
    {
        var broken = II06 with
        {
            Code = " ",
            Columns =
            [
                new ReportColumn(1, ["TT"]),
                new ReportColumn(1, [""]),
            ],
            Identities = [new ReportIdentity("3 = 4", [3], [4])],
            EffectiveTo = II06.EffectiveFrom,
        };

        ReportForms.Problems(broken).Select(p => (p.Vi, p.En)).ShouldBe(
        [
            ("Biểu mẫu phải có mã và phiên bản.", "A form needs a code and a version."),
            ("Biểu   2020 phải có cột TT, cột tên dòng và ít nhất một cột số liệu.", "Form   2020 needs the TT column, the label column and at least one figure column."),
            ("Biểu   2020: cột 1 bị lặp.", "Form   2020: column 1 is repeated."),
            ("Biểu   2020: cột 1 chưa có tiêu đề.", "Form   2020: column 1 has no header."),
            ("Biểu   2020: cột 3 được cộng hoặc kiểm tra nhưng không có trong biểu.", "Form   2020: column 3 is added or checked but does not exist."),
            ("Biểu   2020: cột 4 được cộng hoặc kiểm tra nhưng không có trong biểu.", "Form   2020: column 4 is added or checked but does not exist."),
            ("Biểu   2020: ngày hết hiệu lực phải sau ngày hiệu lực.", "Form   2020: effectiveTo must follow effectiveFrom."),
        ]);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("receivedOnline", new[] { 3 })]
    public void A_figure_column_takes_exactly_one_of_a_measure_or_a_sum(string? measure, int[]? sum)
    {
        var form = II06 with { Columns = [.. II06.Columns.Take(2), new ReportColumn(3, ["Tổng số"], measure, sum)], Identities = [] };

        ReportForms.Problems(form).ShouldHaveSingleItem().ShouldBe(new TableProblem(
            "Biểu II.06 2020: cột 3 phải có đúng một trong hai: chỉ số đo (measure) hoặc các cột cộng lại (sum).",
            "Form II.06 2020: column 3 needs exactly one of a measure or a sum."));
    }

    [Fact]
    public void A_version_with_no_version_name_or_no_header_at_all_is_refused()
    {
        ReportForms.Problems(II06 with { Version = "" }).ShouldHaveSingleItem().En.ShouldBe("A form needs a code and a version.");
        ReportForms.Problems(II06 with { Columns = [II06.Columns[0], II06.Columns[1] with { Headers = [] }, .. II06.Columns.Skip(2)] })
            .ShouldHaveSingleItem().En.ShouldBe("Form II.06 2020: column 2 has no header.");
        ReportForms.Problems(II06 with { Columns = [.. II06.Columns.Take(2), II06.Columns[2] with { Headers = ["Số hồ sơ nhận giải quyết", " "] }, .. II06.Columns.Skip(3)] })
            .ShouldHaveSingleItem().En.ShouldBe("Form II.06 2020: column 3 has no header.");
        ReportForms.Problems(II06 with { EffectiveTo = II06.EffectiveFrom.AddDays(1) }).ShouldBeEmpty();
    }

    [Fact]
    public void A_column_that_adds_up_a_column_the_form_lacks_is_refused()
    {
        var form = II06 with { Columns = [.. II06.Columns.Take(2), new ReportColumn(3, ["Tổng số"], Sum: [4, 5])], Identities = [] };

        ReportForms.Problems(form).Select(p => p.En).ShouldBe(
            ["Form II.06 2020: column 4 is added or checked but does not exist.", "Form II.06 2020: column 5 is added or checked but does not exist."]);
    }

    [Theory]
    // In force from its effective date until the day before effectiveTo.
    [InlineData("2025-12-31", true)]
    [InlineData("2026-01-01", false)]
    [InlineData("2020-03-31", false)]
    [InlineData("2020-04-01", true)]
    public void A_version_is_in_force_from_its_effective_date_until_the_day_before_its_end(string day, bool inForce) =>
        (II06 with { EffectiveTo = Day("2026-01-01") }).InForceOn(Day(day)).ShouldBe(inForce);

    [Fact]
    public void Of_two_versions_taking_effect_the_same_day_the_one_listed_later_is_in_force()
    {
        var first = II06 with { Version = "first", EffectiveFrom = Day("2026-01-01") };
        var second = II06 with { Version = "second", EffectiveFrom = Day("2026-01-01") };

        new ReportForms([II06, first, second]).Find("II.06", Day("2026-02-01"), UnitKind.Commune)!.Version.ShouldBe("second");
        new ReportForms([II06, second, first]).Find("II.06", Day("2026-02-01"), UnitKind.Commune)!.Version.ShouldBe("first");
        new ReportForms([first, II06]).Find("II.06", Day("2026-02-01"), UnitKind.Commune)!.Version.ShouldBe("first");
        new ReportForms([II06]).Find(null, Day("2026-02-01"), UnitKind.Commune).ShouldBeNull();
        new ReportForms([II06]).BaseCode(null).ShouldBeNull();
    }

    [Fact]
    public void The_forms_in_force_come_in_the_order_of_their_codes() =>
        ReportForms.Shipped().InForce(Day("2025-03-14")).Select(f => f.Code).ShouldBe(["CBTT", "DVCTT", "HSQH", "II.06", "II.07", "PAKN", "RSDG"]);

    [Fact]
    public void A_columns_header_reads_as_its_path_in_one_line() =>
        II06.Columns[2].Header.ShouldBe("Số hồ sơ nhận giải quyết — Tổng số");

    [Fact]
    public void An_identity_adds_up_each_side_before_comparing()
    {
        // 8 + 9 = 7: 1 + 2 = 3 holds; taking the larger of 8 and 9 (2) would not.
        var form = II06 with { Identities = [new ReportIdentity("8 + 9 = 7", [8, 9], [7])] };
        var table = new ReportTable(form, [new ReportRow("1", "Hộ tịch", null, RowKind.Item, new Dictionary<int, long> { [7] = 3, [8] = 1, [9] = 2 })]);

        table.Identities.ShouldHaveSingleItem().Holds.ShouldBeTrue();
    }

    [Fact]
    public void An_identity_that_a_row_breaks_is_reported_for_that_row()
    {
        // 3 = 4 + 5 + 6 with 10 ≠ 2 + 3 + 4; the other identities hold (7 = 8 + 9 + 10: 6 = 1 + 2 + 3; 11 = 12 + 13: 0).
        var cells = new Dictionary<int, long> { [3] = 10, [4] = 2, [5] = 3, [6] = 4, [7] = 6, [8] = 1, [9] = 2, [10] = 3, [11] = 4, [12] = 4, [13] = 0 };
        var table = new ReportTable(II06, [new ReportRow("1", "Hộ tịch", null, RowKind.Item, cells)]);

        table.Identities.Select(i => (i.Rule, i.Row, i.Holds)).ShouldBe(
        [
            ("3 = 4 + 5 + 6", "Hộ tịch", false),
            ("3 = 7 + 11", "Hộ tịch", true),
            ("7 = 8 + 9 + 10", "Hộ tịch", true),
            ("11 = 12 + 13", "Hộ tịch", true),
        ]);
    }

    // Headers A/B, C/D/E and C/F: C spans its two columns across; A, alone but with B under it, takes one row; B and F,
    // ending above the bottom row, take the rows below them; TT and the label take all three.
    [Fact]
    public void A_header_merges_across_only_a_shared_start_and_down_only_where_its_path_ends()
    {
        var form = II06 with
        {
            Columns =
            [
                new ReportColumn(1, ["TT"]), new ReportColumn(2, ["Tên"]), new ReportColumn(3, ["A", "B"], "m"),
                new ReportColumn(4, ["C", "D", "E"], "m"), new ReportColumn(5, ["C", "F"], "m"),
            ],
        };

        var cells = HeaderCell.Layout(form);

        cells.ShouldBe(
        [
            new HeaderCell("TT", 0, 3, 0, 0), new HeaderCell("Tên", 0, 3, 1, 1), new HeaderCell("A", 0, 1, 2, 2), new HeaderCell("C", 0, 1, 3, 4),
            new HeaderCell("B", 1, 2, 2, 2), new HeaderCell("D", 1, 1, 3, 3), new HeaderCell("F", 1, 2, 4, 4),
            new HeaderCell("E", 2, 1, 3, 3),
        ]);
        cells.Select(c => c.ColumnSpan).ShouldBe([1, 1, 1, 2, 1, 1, 1, 1]);
    }
}
