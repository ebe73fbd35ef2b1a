using MotCua.Domain.Calendar;
using MotCua.Domain.Plans;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Plans;

// Issue 8: "copy last year's plan into a new year": same day and month, 29 Feb → 28 Feb; rules keep their pattern.
public class PlanYearCopyTests
{
    [Theory]
    [InlineData("2024-07-15", "2025-07-15")]
    [InlineData("2024-02-29", "2025-02-28")] // 2025 has no 29 February
    public void A_date_keeps_its_day_and_month(string date, string copied) =>
        PlanYearCopy.Due(new TaskDue.OnDate(Day(date)), 2025).ShouldBe(new TaskDue.OnDate(Day(copied)));

    [Fact]
    public void A_month_keeps_its_month()
    {
        var copied = (TaskDue.InMonth)PlanYearCopy.Due(new TaskDue.InMonth(2024, 2), 2025);

        (copied.Year, copied.Month, copied.LastDay).ShouldBe((2025, 2, Day("2025-02-28")));
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17")]
    [InlineData("FREQ=WEEKLY;BYDAY=FR;UNTIL=20240229", "FREQ=WEEKLY;BYDAY=FR;UNTIL=20250228")] // only UNTIL names a year
    public void A_rule_moves_only_its_until_date(string rule, string copied) =>
        PlanYearCopy.Due(new TaskDue.Recurring(rule), 2025).ShouldBe(new TaskDue.Recurring(copied));

    [Fact]
    public void The_copied_quarterly_report_falls_on_the_new_years_working_days() =>
        // 2025: 17 Mar Monday, 17 Jun Tuesday, 17 Sep Wednesday, 17 Dec Wednesday: nothing moves, unlike 2024's 17 Mar.
        TaskDueSchedule.Expand(PlanYearCopy.Due(new TaskDue.Recurring("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17"), 2025), 2025, WorkingCalendar.CreateDefault())
            .Dates.ShouldBe([Day("2025-03-17"), Day("2025-06-17"), Day("2025-09-17"), Day("2025-12-17")]);

    [Fact]
    public void A_deadline_that_cannot_be_copied_is_refused_by_name()
    {
        Should.Throw<ArgumentNullException>(() => PlanYearCopy.Due(null!, 2025)).ParamName.ShouldBe("due");
        ArgumentException bad = Should.Throw<ArgumentException>(() => PlanYearCopy.Due(new TaskDue.Recurring("FREQ=FORTNIGHTLY"), 2025));
        (bad.ParamName, bad.Message).ShouldBe(("due", "'FREQ=FORTNIGHTLY' is not a rule. (Parameter 'due')"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    public void A_year_outside_the_calendar_is_refused_with_its_value(int year)
    {
        // The guard names the year asked for; the calendar's own check further on would not.
        Should.Throw<ArgumentOutOfRangeException>(() => PlanYearCopy.SameDayIn(Day("2024-07-15"), year)).ActualValue.ShouldBe(year);
        Should.Throw<ArgumentOutOfRangeException>(() => new TaskDue.InMonth(year, 7)).ActualValue.ShouldBe(year);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_month_outside_1_to_12_is_refused(int month) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new TaskDue.InMonth(2025, month)).ActualValue.ShouldBe(month);
}
