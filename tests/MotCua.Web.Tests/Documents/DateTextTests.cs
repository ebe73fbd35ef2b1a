using MotCua.Web.Documents;
using Shouldly;

namespace MotCua.Web.Tests.Documents;

public sealed class DateTextTests
{
    // Decree 30/2020/NĐ-CP, Appendix I (địa danh và thời gian ban hành văn bản): days below 10 and
    // months 1 and 2 are written with a leading 0, other months without.
    [Theory]
    [InlineData(2026, 11, 24, "ngày 24 tháng 11 năm 2026")]
    [InlineData(2026, 1, 24, "ngày 24 tháng 01 năm 2026")]
    [InlineData(2026, 2, 5, "ngày 05 tháng 02 năm 2026")]
    [InlineData(2023, 8, 5, "ngày 05 tháng 8 năm 2023")]
    [InlineData(2026, 3, 10, "ngày 10 tháng 3 năm 2026")]
    [InlineData(2026, 12, 9, "ngày 09 tháng 12 năm 2026")]
    public void Days_below_10_and_months_1_and_2_take_a_leading_zero(int year, int month, int day, string expected) =>
        DateText.Date(new DateOnly(year, month, day)).ShouldBe(expected);

    [Fact]
    public void A_moment_is_written_in_Vietnam_time_whatever_offset_it_was_stored_with() =>
        // 17:05 UTC on 31 January is 00:05 on 1 February in Vietnam.
        DateText.Moment(new DateTimeOffset(2026, 1, 31, 17, 5, 0, TimeSpan.Zero)).ShouldBe("00 giờ 05 phút, ngày 01 tháng 02 năm 2026");

    [Fact]
    public void A_moment_in_the_morning_reads_like_the_form() =>
        DateText.Moment(new DateTimeOffset(2026, 11, 27, 10, 30, 0, MotCua.Domain.Calendar.WorkingCalendar.VietnamOffset)).ShouldBe("10 giờ 30 phút, ngày 27 tháng 11 năm 2026");
}
