using System.Globalization;
using MotCua.Domain.Plans;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Plans;

// The "Thời gian thực hiện" cells of the seeds' plan tables, as extracted (line breaks and stray spaces kept), read
// for a 2024 plan. Decisions are documented on DeadlinePhrasing.
public class DeadlinePhrasingTests
{
    [Theory]
    // Seed 000 Phụ lục III.
    [InlineData("Thường \nxuyên", "FREQ=MONTHLY;BYMONTHDAY=-1")] // I.1 and most rows: an ongoing duty, due every month end
    [InlineData("Thường  \nxuyên", "FREQ=MONTHLY;BYMONTHDAY=-1")] // I.2
    [InlineData(" Thường \n xuyên", "FREQ=MONTHLY;BYMONTHDAY=-1")] // II.4
    [InlineData("Hoàn thành \ntrong năm \n2024", "2024-12-31")] // II.1
    [InlineData("Quý III/2024", "2024-09 (month)")] // II.2
    [InlineData("Thực hiện trước \nngày 17 của \ntháng cuối quý.", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17")] // VII.1
    [InlineData("Theo định kỳ \n hàng năm", "2024-12-31")] // VII.2
    [InlineData("Quý I \nnăm 2024", "2024-03 (month)")] // VIII.1
    [InlineData("Trong năm", "2024-12-31")] // VIII.2, VIII.3
    // Seed 000 Phụ lục IV (start and end months) and its text.
    [InlineData("01/2024", "2024-01 (month)")]
    [InlineData("8/2024", "2024-08 (month)")]
    [InlineData("trước ngày 15/7/2024", "2024-07-15")]
    [InlineData("trước 31/7/2024", "2024-07-31")]
    [InlineData("trước ngày 29/02/2024", "2024-02-29")] // section 4 of seed 000: the units' plans
    // Seed 004 Phụ lục I–II.
    [InlineData("Tháng 2 năm 2024", "2024-02 (month)")]
    [InlineData("Thường xuyên trong năm 2024", "FREQ=MONTHLY;BYMONTHDAY=-1")]
    [InlineData("Tháng 3 đến tháng 8 năm 2024", "2024-08 (month)")] // a span is due at the end of its last month
    [InlineData("Tháng 8 năm 2024", "2024-08 (month)")]
    // Seed 001 and the forms named in issue 8.
    [InlineData("Hàng quý \n(Theo Kế \nhoạch số \n712/KH-\nUBND ngày \n18/11/2020 \ncủa UBND \ntỉnh)", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1")]
    [InlineData("Hàng tháng", "FREQ=MONTHLY;BYMONTHDAY=-1")]
    [InlineData("trước ngày 23 hàng tháng", "FREQ=MONTHLY;BYMONTHDAY=23")]
    [InlineData("chậm nhất là ngày 17 của tháng cuối quý", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17")]
    [InlineData("Hằng quý, trước ngày 17 của tháng cuối quý", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17")]
    [InlineData("Tháng 6/2024", "2024-06 (month)")]
    [InlineData("Tháng 12/2024", "2024-12 (month)")] // the last month is a month
    [InlineData("Quý II/2024", "2024-06 (month)")] // each quarter ends with its third month
    [InlineData("Quý IV năm 2024", "2024-12 (month)")]
    [InlineData("Thường xuyên(theo Kế hoạch)trong năm 2024", "FREQ=MONTHLY;BYMONTHDAY=-1")] // a remark glued to words still parts them
    [InlineData("Trước 15/12/2024", "2024-12-15")]
    public void Seed_phrasings_read_as_a_date_a_month_or_a_rule(string cell, string expected) =>
        Describe(Read(cell).Due).ShouldBe(expected);

    [Theory]
    [InlineData("Sau khi  \ncó Quyết định \ncủa UBND tỉnh")] // seed 000 II.3
    [InlineData("Khi ban chỉ đạo \nkiểm tra \nnăm 2024.")] // seed 000 VI.1
    [InlineData("Sau đợt \nkiểm tra")] // seed 000 VI.2
    [InlineData("Khi có yêu cầu")] // seed 004 III.2
    [InlineData("Theo KH của Ủy ban nhân dân Thị xã")] // seed 004 VII.2
    public void Phrasings_that_wait_on_an_event_give_no_date(string cell)
    {
        DueProblem problem = Read(cell).Problem!;

        problem.Kind.ShouldBe(DueProblemKind.EventTriggered);
        problem.Detail.ShouldEndWith("' waits on an event: enter its date when known.");
    }

    [Theory]
    [InlineData("Định kỳ và đột xuất")] // seed 004 Phụ lục II row 11: periodic, but no period named
    [InlineData("")] // seed 004 Phụ lục I V.2: the cell is empty
    [InlineData("Tháng 13/2024")]
    [InlineData("Trước 30/02/2024")]
    public void Unknown_phrasings_are_refused_naming_the_text(string cell)
    {
        DueProblem problem = Read(cell).Problem!;

        problem.Kind.ShouldBe(DueProblemKind.UnknownPhrasing);
        problem.Detail.ShouldStartWith($"'{cell}'");
    }

    [Fact]
    public void A_regular_duty_of_another_year_is_outside_the_plan() =>
        Read("Thường xuyên \ntrong năm 2023").Problem.ShouldBe(
            new DueProblem(DueProblemKind.OutsidePlanYear, "'Thường xuyên trong năm 2023' is not in the plan's year 2024."));

    [Fact]
    public void A_missing_cell_is_refused() =>
        Should.Throw<ArgumentNullException>(() => DeadlinePhrasing.Read(null!, 2024)).ParamName.ShouldBe("text");

    private static DeadlineReading Read(string cell) => DeadlinePhrasing.Read(cell, 2024);

    private static string Describe(TaskDue? due) => due switch
    {
        TaskDue.OnDate date => date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TaskDue.InMonth month => $"{month.Year}-{month.Month:00} (month)",
        TaskDue.Recurring rule => rule.Rule,
        _ => "none",
    };
}
