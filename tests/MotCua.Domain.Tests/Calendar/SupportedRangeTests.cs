using MotCua.Domain.Calendar;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Calendar;

// The calendar covers 1900-01-01 … 2100-12-31 (VietnameseLunarCalendar.MinDate, MaxDate). The range check lives in one
// place and every entry point passes the name of its own argument: asserting the name shows which entry point refused,
// so a check dropped from one of them is not hidden by the next one down throwing the same exception.
public class SupportedRangeTests
{
    private WorkingCalendar Calendar { get; } = WorkingCalendar.CreateDefault();

    [Theory]
    [InlineData(1899, false)]
    [InlineData(1900, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void Statutory_holidays_and_leap_months_exist_for_1900_to_2100_only(int year, bool supported)
    {
        if (supported)
        {
            StatutoryHolidays.For(year).ShouldNotBeEmpty();
            Should.NotThrow(() => VietnameseLunarCalendar.LeapMonth(year));
        }
        else
        {
            Should.Throw<ArgumentOutOfRangeException>(() => StatutoryHolidays.For(year)).ParamName.ShouldBe("year");
            Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.LeapMonth(year)).ParamName.ShouldBe("lunarYear");
        }
    }

    [Theory]
    [InlineData("1899-12-31", false)]
    [InlineData("1900-01-01", true)]
    [InlineData("2100-12-31", true)]
    [InlineData("2101-01-01", false)]
    public void Days_from_1900_to_2100_are_described_and_others_refused_by_name(string date, bool supported)
    {
        if (supported)
        {
            Calendar.Describe(Day(date)).Date.ShouldBe(Day(date));
            VietnameseLunarCalendar.FromSolar(Day(date)).Year.ShouldBeInRange(1899, 2100);
        }
        else
        {
            Should.Throw<ArgumentOutOfRangeException>(() => Calendar.Describe(Day(date))).ParamName.ShouldBe("date");
            Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(Day(date))).ParamName.ShouldBe("date");
        }
    }

    [Fact]
    public void Arithmetic_running_past_2100_names_the_argument_it_started_from()
    {
        // Friday 31 Dec 2100 is the last supported day: the next working day, or a day's work from 16:00, is in 2101.
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.NextWorkingDay(Day("2100-12-31"))).ParamName.ShouldBe("date");
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Instant("2100-12-31T16:00+07:00"), 1)).ParamName.ShouldBe("from");
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.SameDayCutoffDue(Instant("2101-01-01T08:00+07:00"), new TimeOnly(15, 0))).ParamName.ShouldBe("receivedAt");
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.WorkingTimeBetween(Instant("2100-12-31T08:00+07:00"), Instant("2101-01-01T08:00+07:00"))).ParamName.ShouldBe("to");
    }

    [Fact]
    public void A_lunar_date_whose_solar_day_is_past_2100_is_refused_by_name() =>
        // Tết of lunar 2101 falls in January or February 2101.
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(1, 1, 2101, false))).ParamName.ShouldBe("lunar");
}
