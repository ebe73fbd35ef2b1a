using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Dossiers;

// DOMAIN.md §2–3: each internal step has its own due time from its share of the limit (Decree 61/2018 art. 16;
// control sheet Mẫu 05, Circular 01/2018/TT-VPCP). 3 March 2025 is a Monday; Tết 2025 from CV 8726/VPCP-KGVX.
public class StepPlanTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.CreateDefault();

    [Theory]
    // Intake 4 h, specialist 8 h, leader 16 h, return 4 h = 4 days from Monday 07:30.
    [InlineData("2025-03-03T07:30+07:00", "4,8,16,4", "2025-03-03T11:30+07:00|2025-03-04T11:30+07:00|2025-03-06T11:30+07:00|2025-03-06T17:00+07:00")]
    // Fractions of an hour: 30 min then 1 h 15, lunch skipped.
    [InlineData("2025-03-03T11:00+07:00", "0.5,1.25", "2025-03-03T11:30+07:00|2025-03-03T14:15+07:00")]
    // A step with no share is due with the step before it.
    [InlineData("2025-03-03T10:00+07:00", "2,0,2", "2025-03-03T13:30+07:00|2025-03-03T13:30+07:00|2025-03-03T15:30+07:00")]
    // Across Tết 2025: Friday 24 Jan afternoon, then the Monday after the break.
    [InlineData("2025-01-24T13:00+07:00", "4,8", "2025-01-24T17:00+07:00|2025-02-03T17:00+07:00")]
    public void Each_step_is_due_when_the_shares_up_to_it_are_used_up(string start, string hours, string dues)
    {
        decimal[] shares = [.. hours.Split(',').Select(h => decimal.Parse(h, System.Globalization.CultureInfo.InvariantCulture))];

        IReadOnlyList<DateTimeOffset> dueTimes = StepPlan.DueTimes(Calendar, Instant(start), shares);

        dueTimes.ShouldBe(dues.Split('|').Select(Instant));
        // The last step ends where the whole limit does.
        dueTimes[^1].ShouldBe(Calendar.AddWorkingTime(Instant(start), TimeSpan.FromHours((double)shares.Sum())));
    }

    [Fact]
    public void A_process_without_steps_has_no_due_times() =>
        StepPlan.DueTimes(Calendar, Instant("2025-03-03T07:30+07:00"), []).ShouldBeEmpty();

    [Theory]
    [InlineData(-1)]
    [InlineData(-0.25)]
    public void A_negative_share_is_refused(double share) =>
        Should.Throw<ArgumentOutOfRangeException>(() => StepPlan.DueTimes(Calendar, Instant("2025-03-03T07:30+07:00"), [4m, (decimal)share]));
}
