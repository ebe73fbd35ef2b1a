using MotCua.Domain.Calendar;
using MotCua.Domain.Plans;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Plans;

// API.md (plans): a date, a month (its last day) or an RFC 5545 rule expanded within the plan's year; an instance on a
// day off moves to the previous working day; a rule that yields nothing or a date outside the year is refused.
public class TaskDueScheduleTests
{
    private WorkingCalendar Calendar { get; } = WorkingCalendar.CreateDefault();

    [Fact]
    public void The_quarterly_report_by_the_17th_of_the_quarters_last_month_moves_off_a_sunday_to_the_friday()
    {
        // Seed 000 Phụ lục III VII.1, "trước ngày 17 của tháng cuối quý", in 2024 (1 Jan 2024 was a Monday):
        // 17 Mar = day 77, 76 days after a Monday → Sunday; Sat 16 is off too → Fri 15 Mar.
        // 17 Jun = day 169 → Monday; 17 Sep = day 261 → Tuesday; 17 Dec = day 352 → Tuesday; none is a holiday.
        DueSchedule schedule = Expand(new TaskDue.Recurring("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17"), 2024);

        schedule.Dates.ShouldBe([Day("2024-03-15"), Day("2024-06-17"), Day("2024-09-17"), Day("2024-12-17")]);
        Calendar.IsWorkingDay(Day("2024-03-17")).ShouldBeFalse();
    }

    [Fact]
    public void A_monthly_deadline_on_the_30th_moves_before_holidays_and_weekends()
    {
        // 2025 (1 Jan a Wednesday). 30 Jan: Tết, Mon 27 – Fri 31 Jan off (CV 8726/VPCP-KGVX), and the weekend before
        // → Fri 24 Jan. February has no 30th. 30 Mar Sunday → Fri 28 Mar. 30 Apr: Reunification Day (30 Apr – 2 May
        // off) → Tue 29 Apr. 30 Aug Saturday, start of the National Day break → Fri 29 Aug. 30 Nov Sunday → Fri 28 Nov.
        // The others are weekdays: Fri 30 May, Mon 30 Jun, Wed 30 Jul, Tue 30 Sep, Thu 30 Oct, Tue 30 Dec.
        DueSchedule schedule = Expand(new TaskDue.Recurring("FREQ=MONTHLY;BYMONTHDAY=30"), 2025);

        schedule.Dates.ShouldBe([
            Day("2025-01-24"), Day("2025-03-28"), Day("2025-04-29"), Day("2025-05-30"), Day("2025-06-30"), Day("2025-07-30"),
            Day("2025-08-29"), Day("2025-09-30"), Day("2025-10-30"), Day("2025-11-28"), Day("2025-12-30")]);
    }

    [Theory]
    // Seed 004 "Tháng 2 năm 2024": 29 Feb 2024 (leap year) is a Thursday.
    [InlineData(2024, 2, "2024-02-29")]
    // "Tháng 6/2024": 30 Jun 2024 is a Sunday → Fri 28 Jun.
    [InlineData(2024, 6, "2024-06-28")]
    // Seed 000 Phụ lục IV "8/2024": 31 Aug 2024 is a Saturday, first day of the National Day break → Fri 30 Aug.
    [InlineData(2024, 8, "2024-08-30")]
    public void A_month_is_due_on_its_last_working_day(int year, int month, string due) =>
        Expand(new TaskDue.InMonth(year, month), year).Dates.ShouldBe([Day(due)]);

    [Theory]
    [InlineData("2024-07-15", "2024-07-15")] // seed 000 Phụ lục IV: "trước ngày 15/7/2024", a Monday
    [InlineData("2024-09-02", "2024-08-30")] // National Day 2024 (31 Aug – 3 Sep off) → Fri 30 Aug
    public void A_date_on_a_day_off_moves_to_the_previous_working_day(string date, string due) =>
        Expand(new TaskDue.OnDate(Day(date)), 2024).Dates.ShouldBe([Day(due)]);

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=FR;UNTIL=20240201", "2024-01-05,2024-01-12,2024-01-19,2024-01-26")]
    [InlineData("FREQ=MONTHLY;COUNT=2;BYMONTHDAY=-1", "2024-01-31,2024-02-29")]
    [InlineData("FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=10", "2024-01-10,2024-07-10")]
    [InlineData("freq=yearly;bymonth=12;bymonthday=15", "2024-12-13")] // Sun 15 Dec 2024 → Fri 13; lower case is read
    public void Weekly_monthly_and_yearly_rules_with_interval_count_and_until_are_expanded(string rule, string dates) =>
        Expand(new TaskDue.Recurring(rule), 2024).Dates.ShouldBe(dates.Split(',').Select(Day));

    [Fact]
    public void Two_instances_moved_onto_one_working_day_are_one_instance() =>
        // Sat 6 and Sun 7 Jan 2024 both move to Fri 5 Jan.
        Expand(new TaskDue.Recurring("FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20240107"), 2024).Dates.ShouldBe([Day("2024-01-05")]);

    [Theory]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")] // no 30 February
    [InlineData("FREQ=MONTHLY;INTERVAL=3;BYMONTH=3;BYMONTHDAY=17")] // every third month from January never reaches March
    [InlineData("FREQ=MONTHLY;UNTIL=20231231")] // ended before the plan's year
    public void A_rule_with_no_instance_in_the_year_is_refused(string rule) =>
        Expand(new TaskDue.Recurring(rule), 2024).Problem.ShouldBe(new DueProblem(DueProblemKind.YieldsNothing, $"'{rule}' gives no date in 2024."));

    [Fact]
    public void A_date_outside_the_plans_year_is_refused()
    {
        DueSchedule schedule = Expand(new TaskDue.OnDate(Day("2025-01-15")), 2024);

        schedule.Problem.ShouldBe(new DueProblem(DueProblemKind.OutsidePlanYear, "2025-01-15 is not in the plan's year 2024."));
        schedule.Dates.ShouldBeEmpty();
    }

    [Fact]
    public void A_month_outside_the_plans_year_is_refused() =>
        Expand(new TaskDue.InMonth(2023, 12), 2024).Problem!.Kind.ShouldBe(DueProblemKind.OutsidePlanYear);

    [Fact]
    public void New_years_day_would_move_into_last_year_and_is_refused() =>
        // 1 Jan 2025 is a holiday; the working day before it, Tue 31 Dec 2024, belongs to the 2024 plan.
        Expand(new TaskDue.Recurring("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1"), 2025).Problem.ShouldBe(new DueProblem(
            DueProblemKind.OutsidePlanYear, "2025-01-01 is a day off; the working day before it, 2024-12-31, is not in 2025."));

    // The detail tells the planner what to fix; where the iCalendar parser refuses the rule, its own words follow the rule.
    [Theory]
    [InlineData("", "'' in '' is not NAME=VALUE.")]
    [InlineData("MONTHLY", "'MONTHLY' in 'MONTHLY' is not NAME=VALUE.")]
    [InlineData("BYMONTHDAY=17", "'BYMONTHDAY=17' has no FREQ.")]
    [InlineData("FREQ=FORTNIGHTLY", "FREQ=FORTNIGHTLY is not an RFC 5545 frequency.")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=40", "'FREQ=MONTHLY;BYMONTHDAY=40': ")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=abc", "'FREQ=MONTHLY;BYMONTHDAY=abc': ")]
    [InlineData("FREQ=MONTHLY;FOO=1", "FOO is not a recurrence rule part this product reads.")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=1;BYMONTHDAY=2", "BYMONTHDAY is given twice.")]
    [InlineData("FREQ=MONTHLY;COUNT=2;UNTIL=20240601", "'FREQ=MONTHLY;COUNT=2;UNTIL=20240601': ")] // RFC 5545: COUNT and UNTIL exclude each other
    [InlineData("FREQ=WEEKLY;UNTIL=2024", "UNTIL=2024 is not a date written yyyyMMdd.")]
    public void Text_that_is_not_an_RFC_5545_rule_is_refused(string rule, string detail)
    {
        DueProblem problem = Expand(new TaskDue.Recurring(rule), 2024).Problem!;

        problem.Kind.ShouldBe(DueProblemKind.InvalidRule);
        problem.Detail.ShouldStartWith(detail);
    }

    [Theory]
    [InlineData("FREQ=DAILY", "FREQ=DAILY: deadlines recur yearly, monthly or weekly.")]
    [InlineData("FREQ=HOURLY", "FREQ=HOURLY: deadlines recur yearly, monthly or weekly.")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=17;BYHOUR=9", "BYHOUR sets a time of day; a deadline is a date.")]
    public void Rules_finer_than_a_day_are_refused_as_unsupported(string rule, string detail) =>
        Expand(new TaskDue.Recurring(rule), 2024).Problem.ShouldBe(new DueProblem(DueProblemKind.UnsupportedRulePart, detail));

    [Fact]
    public void A_deadline_and_a_calendar_are_required()
    {
        Should.Throw<ArgumentNullException>(() => TaskDueSchedule.Expand(null!, 2024, Calendar)).ParamName.ShouldBe("due");
        Should.Throw<ArgumentNullException>(() => TaskDueSchedule.Expand(new TaskDue.InMonth(2024, 1), 2024, null!)).ParamName.ShouldBe("calendar");
    }

    private DueSchedule Expand(TaskDue due, int year) => TaskDueSchedule.Expand(due, year, Calendar);
}
