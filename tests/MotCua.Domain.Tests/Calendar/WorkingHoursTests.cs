using MotCua.Domain.Calendar;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Calendar;

public class WorkingHoursTests
{
    [Fact]
    public void The_default_is_07_30_to_11_30_and_13_00_to_17_00_eight_hours()
    {
        // DOMAIN.md §2: default working hours.
        WorkingHours.Default.Periods.ShouldBe([
            new WorkingPeriod(Time("07:30"), Time("11:30")),
            new WorkingPeriod(Time("13:00"), Time("17:00")),
        ]);
        WorkingHours.Default.PerDay.ShouldBe(TimeSpan.FromHours(8));
    }

    [Theory]
    [InlineData("07:30-11:30,11:00-17:00")] // overlapping
    [InlineData("13:00-17:00,07:30-11:30")] // out of order
    [InlineData("11:30-07:30")]             // reversed
    [InlineData("08:00-08:00")]             // empty
    [InlineData("")]                        // none
    public void Periods_must_be_ordered_non_empty_and_not_overlap(string periods)
    {
        WorkingPeriod[] list = [.. periods.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('-'))
            .Select(p => new WorkingPeriod(Time(p[0]), Time(p[1])))];

        Should.Throw<ArgumentException>(() => new WorkingHours(list));
    }

    [Fact]
    public void Three_periods_are_allowed()
    {
        var hours = new WorkingHours((Time("07:00"), Time("09:00")), (Time("09:15"), Time("11:30")), (Time("13:00"), Time("16:00")));
        hours.PerDay.ShouldBe(TimeSpan.FromMinutes(120 + 135 + 180));
    }
}
