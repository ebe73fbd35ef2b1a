using MotCua.Domain.Calendar;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>
/// What the calendar refuses and how it says so (the message names what was wrong, for the administrator who uploads a
/// schedule or sets a unit's hours), and how its dates and periods print.
/// </summary>
public sealed class CalendarArgumentsTests
{
    private static WorkingPeriod Period(string start, string end) => new(Time(start), Time(end));

    [Fact]
    public void A_lunar_date_prints_day_month_year_and_marks_a_leap_month()
    {
        new LunarDate(10, 3, 2025, false).ToString().ShouldBe("10/3/2025");
        new LunarDate(1, 6, 2025, true).ToString().ShouldBe("1/6 (nhuận)/2025");
        Period("07:30", "11:30").ToString().ShouldBe("07:30–11:30");
    }

    [Fact]
    public void Working_periods_may_touch_but_not_overlap_and_each_refusal_names_the_period()
    {
        new WorkingHours([Period("07:30", "11:30"), Period("11:30", "17:00")]).Periods.Count.ShouldBe(2);

        Should.Throw<ArgumentException>(() => new WorkingHours(Array.Empty<WorkingPeriod>())).Message.ShouldStartWith("At least one working period is needed.");
        Should.Throw<ArgumentException>(() => new WorkingHours([Period("11:30", "07:30")])).Message.ShouldStartWith("The period 11:30–07:30 ends before it starts.");
        Should.Throw<ArgumentException>(() => new WorkingHours([Period("07:30", "11:30"), Period("11:00", "17:00")]))
            .Message.ShouldStartWith("The period 11:00–17:00 overlaps or precedes 07:30–11:30.");
        Should.Throw<ArgumentNullException>(() => new WorkingHours((IEnumerable<WorkingPeriod>)null!)).ParamName.ShouldBe("periods");
    }

    [Fact]
    public void A_schedule_given_twice_or_listing_another_years_day_is_named()
    {
        var a = new YearSchedule(2027, "A", [], []);
        var strayWorkingSaturday = new YearSchedule(2027, "B", [], [new Holiday(Day("2028-01-08"), "Làm bù", null)]);

        Should.Throw<ArgumentException>(() => new WorkingCalendar(WorkingHours.Default, [a, a])).Message.ShouldStartWith("Two official schedules for 2027.");
        Should.Throw<ArgumentException>(() => new WorkingCalendar(WorkingHours.Default, [strayWorkingSaturday])).Message.ShouldStartWith("The 2027 schedule lists 2028-01-08.");
        Should.Throw<ArgumentNullException>(() => new WorkingCalendar(null!, [])).ParamName.ShouldBe("workingHours");
        Should.Throw<ArgumentNullException>(() => new WorkingCalendar(WorkingHours.Default, null!)).ParamName.ShouldBe("officialSchedules");
    }

    [Fact]
    public void Negative_working_days_and_an_instant_before_1900_are_refused_naming_the_argument()
    {
        var calendar = WorkingCalendar.CreateDefault();

        Should.Throw<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(Instant("2025-03-03T08:00+07:00"), -1m)).ParamName.ShouldBe("days");
        Should.Throw<ArgumentOutOfRangeException>(() => calendar.WorkingTimeBetween(Instant("1899-12-31T08:00+07:00"), Instant("1900-01-02T08:00+07:00")))
            .ParamName.ShouldBe("from");
    }

    [Theory]
    // A UTC offset runs from −14 to +14 hours, both included.
    [InlineData(14.0)]
    [InlineData(-14.0)]
    public void The_lunar_rule_can_be_reckoned_at_the_extreme_offsets(double offset) =>
        VietnameseLunarCalendar.FromSolar(Day("2025-01-29"), offset).Year.ShouldBeInRange(2024, 2025);

    [Theory]
    [InlineData(14.5)]
    [InlineData(-14.5)]
    [InlineData(double.NaN)]
    public void An_offset_beyond_14_hours_is_refused(double offset) =>
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(Day("2025-01-29"), offset))
            .Message.ShouldStartWith("A UTC offset is between −14 and +14 hours.");

    [Theory]
    // Lunar year 1898 is outside what 1900–2100 can hold; lunar 2101 is within the lunar years read but its first
    // month begins in 2101, so it is the solar range that refuses it.
    [InlineData(1898, "Lunar years 1899–2101 only (solar 1900–2100).")]
    [InlineData(2102, "Lunar years 1899–2101 only (solar 1900–2100).")]
    [InlineData(2101, "Dates from 1900-01-01 to 2100-12-31 only.")]
    public void A_lunar_date_out_of_range_says_which_range(int year, string message) =>
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(1, 1, year, false))).Message.ShouldStartWith(message);

    [Fact]
    public void A_lunar_date_that_does_not_exist_is_named() =>
        Should.Throw<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(1, 1, 2025, true)))
            .Message.ShouldStartWith("The lunar date 1/1 (nhuận)/2025 does not exist.");

    [Fact]
    public void A_years_holidays_come_in_date_order()
    {
        var dates = StatutoryHolidays.For(2027).Select(h => h.Date).ToList();

        dates.ShouldBe(dates.Order());
    }
}
