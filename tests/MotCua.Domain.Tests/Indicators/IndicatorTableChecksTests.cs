using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Indicators;

/// <summary>
/// What an indicator table the administrator uploads must hold to (INDICATORS-766.md, Scoring: 100 points in six groups,
/// thresholds in percent, averages shown only, rating bands from the best down), each problem in both languages.
/// </summary>
public sealed class IndicatorTableChecksTests
{
    private static IndicatorTable Shipped => IndicatorTableReader.Shipped();

    private static IndicatorTable WithFirstIndicator(Func<IndicatorDefinition, IndicatorDefinition> edit)
    {
        var table = Shipped;
        var first = table.Groups[0];
        return table with { Groups = [first with { Indicators = [edit(first.Indicators[0]), .. first.Indicators.Skip(1)] }, .. table.Groups.Skip(1)] };
    }

    [Fact]
    public void A_table_without_a_version_says_so()
    {
        IndicatorTableReader.Problems(Shipped with { Version = " " }).ShouldHaveSingleItem()
            .ShouldBe(new TableProblem("Bảng chỉ số chưa có phiên bản.", "The table has no version."));
    }

    [Fact]
    public void The_groups_must_add_up_to_100_and_each_group_to_its_indicators()
    {
        var table = Shipped;
        var problems = IndicatorTableReader.Problems(table with { Groups = [table.Groups[0] with { Maximum = 19 }, .. table.Groups.Skip(1)] });

        problems.ShouldBe(
        [
            new TableProblem("Tổng điểm tối đa của các nhóm là 101, không phải 100.", "The groups' maxima add up to 101, not 100."),
            new TableProblem(
                "Các chỉ tiêu của nhóm “Công khai, minh bạch” cộng lại được 18 điểm, không bằng điểm tối đa 19 của nhóm.",
                "The indicators of the group “Transparency” add up to 18 points, not its maximum 19."),
        ]);
    }

    [Fact]
    public void A_group_id_used_twice_is_refused()
    {
        var table = Shipped;

        IndicatorTableReader.Problems(table with { Groups = [.. table.Groups.Take(5), table.Groups[5] with { Id = "transparency" }] })
            .ShouldHaveSingleItem().ShouldBe(new TableProblem("Mã nhóm transparency xuất hiện 2 lần.", "The group id transparency appears 2 times."));
    }

    [Fact]
    public void An_indicator_id_used_twice_says_so_in_Vietnamese_too() =>
        IndicatorTableReader.Problems(WithFirstIndicator(i => i with { Id = "1.2" })).ShouldHaveSingleItem()
            .ShouldBe(new TableProblem("Mã chỉ tiêu 1.2 xuất hiện 2 lần.", "The indicator id 1.2 appears 2 times."));

    [Fact]
    public void Negative_points_are_refused()
    {
        var problems = IndicatorTableReader.Problems(WithFirstIndicator(i => i with { Maximum = -1 }));

        problems.ShouldContain(new TableProblem("Chỉ tiêu 1.1 có điểm âm.", "Indicator 1.1 has negative points."));
    }

    [Theory]
    // A threshold is a share reached: more than 0 %, at most 100 %.
    [InlineData(0, false)]
    [InlineData(0.01, true)]
    [InlineData(100, true)]
    [InlineData(100.01, false)]
    public void A_threshold_lies_above_0_and_up_to_100_percent(double threshold, bool valid)
    {
        var problems = IndicatorTableReader.Problems(WithFirstIndicator(i => i with { Threshold = (decimal)threshold }));

        problems.ShouldBe(valid ? [] : [new TableProblem(
            $"Chỉ tiêu 1.1 có ngưỡng {(decimal)threshold} %, ngoài khoảng 0–100 %.", $"Indicator 1.1 has a threshold of {(decimal)threshold} %, outside 0–100 %.")]);
    }

    [Fact]
    public void An_average_earns_no_points()
    {
        var table = Shipped;
        var progress = table.Groups[1];
        var edited = table with { Groups = [table.Groups[0], progress with { Maximum = 21, Indicators = [progress.Indicators[0], progress.Indicators[1] with { Maximum = 1 }] }, .. table.Groups.Skip(2)] };

        IndicatorTableReader.Problems(edited).ShouldContain(new TableProblem(
            "Chỉ tiêu 2.2 là một giá trị trung bình nên chỉ để theo dõi (0 điểm).", "Indicator 2.2 is an average, so it can only be informational (0 points)."));
    }

    [Fact]
    public void An_unknown_formula_or_a_missing_parameter_says_so_in_Vietnamese_too()
    {
        IndicatorTableReader.Problems(WithFirstIndicator(i => i with { Formula = "guess" })).ShouldHaveSingleItem()
            .ShouldBe(new TableProblem("Chỉ tiêu 1.1 dùng công thức không có: \"guess\".", "Indicator 1.1 names the unknown formula \"guess\"."));
        IndicatorTableReader.Problems(Shipped with { Parameters = Shipped.Parameters.Where(p => p.Key != "disclosureWorkingDays").ToDictionary() })
            .ShouldHaveSingleItem().Vi.ShouldBe("Chỉ tiêu 1.2 cần tham số \"disclosureWorkingDays\" mà bảng chưa đặt.");
    }

    [Fact]
    public void Rating_bands_run_from_the_best_down_to_0()
    {
        var table = Shipped;
        RatingBand[] tied = [table.Ratings[0], table.Ratings[1] with { Minimum = 90 }, .. table.Ratings.Skip(2)];

        IndicatorTableReader.Problems(table with { Ratings = tied }).ShouldHaveSingleItem().ShouldBe(new TableProblem(
            "Mức Tốt phải bắt đầu thấp hơn mức Xuất sắc: các mức xếp từ cao xuống thấp.", "Rating band Tốt must start below Xuất sắc: bands run from the best down."));
        IndicatorTableReader.Problems(table with { Ratings = [.. table.Ratings.SkipLast(1)] }).ShouldHaveSingleItem().Vi
            .ShouldBe("Mức xếp loại cuối cùng phải bắt đầu từ 0 để tổng điểm nào cũng có xếp loại.");
        IndicatorTableReader.Problems(table with { Ratings = [] }).ShouldHaveSingleItem().En.ShouldBe("The last rating band must start at 0, so every total has a rating.");
    }

    [Fact]
    public void An_uploaded_table_is_read_back_whole_and_a_broken_or_empty_one_is_refused()
    {
        IndicatorTableReader.TryRead(IndicatorTableReader.Write(Shipped), out var problems)!.Version.ShouldBe("766-2022.v1");
        problems.ShouldBeEmpty();

        IndicatorTableReader.TryRead(IndicatorTableReader.Write(Shipped with { Version = "" }), out problems).ShouldBeNull();
        problems.ShouldHaveSingleItem().En.ShouldBe("The table has no version.");
        IndicatorTableReader.TryRead("null", out problems).ShouldBeNull();
        problems.ShouldHaveSingleItem().ShouldBe(new TableProblem("Bảng chỉ số trống.", "The indicator table is empty."));
        IndicatorTableReader.TryRead("{", out problems).ShouldBeNull();
        problems.ShouldHaveSingleItem().Vi.ShouldStartWith("Bảng chỉ số không đúng cấu trúc JSON của bảng: ");
        problems[0].En.ShouldStartWith("The indicator table is not valid JSON for the table's shape: ");
    }

    [Theory]
    // Xuất sắc from 90, Tốt from 80 (INDICATORS-766.md): a total of exactly 90 is Xuất sắc, 89.99 Tốt, 0 Yếu.
    [InlineData(90, "Xuất sắc")]
    [InlineData(89.99, "Tốt")]
    [InlineData(0, "Yếu")]
    public void A_total_gets_the_first_band_it_reaches(double total, string band) =>
        Shipped.RatingOf((decimal)total).Vi.ShouldBe(band);
}
