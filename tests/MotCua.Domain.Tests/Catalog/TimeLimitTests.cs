using MotCua.Domain.Catalog;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Catalog;

public sealed class TimeLimitTests
{
    [Theory]
    [InlineData(4, TimeLimitUnit.WorkingHours, 4)] // hours are hours, whatever the day's length
    [InlineData(3, TimeLimitUnit.WorkingDays, 24)] // days are days of 8 working hours
    public void A_time_limit_in_hours_or_days_is_so_many_working_hours(decimal value, TimeLimitUnit unit, double hours)
    {
        var limit = new TimeLimit(value, unit);

        limit.Hours(ProcessRules.HoursPerWorkingDay).ShouldBe((decimal)hours);
        limit.WorkingTime(TimeSpan.FromHours(8)).ShouldBe(TimeSpan.FromHours(hours));
    }
}
