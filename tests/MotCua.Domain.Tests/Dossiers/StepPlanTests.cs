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
    private WorkingCalendar Calendar { get; } = WorkingCalendar.CreateDefault();

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

    // Supplement requested Tuesday 4 March 09:30, brought back Monday 10 March 07:30 (Decree 61/2018 art. 17: the
    // waiting does not count). Step 0 was due before the stop and stays; the others keep the working time they had left
    // at the stop (2 h, 18 h, 22 h) and count it again from the resume.
    [Fact]
    public void Time_waiting_for_the_applicant_moves_the_steps_not_yet_due()
    {
        ClockStop[] stops = [new(Instant("2025-03-04T09:30+07:00"), Instant("2025-03-10T07:30+07:00"))];

        var dueTimes = StepPlan.DueTimes(Calendar, Instant("2025-03-03T07:30+07:00"), [4m, 8m, 16m, 4m], stops);

        dueTimes.ShouldBe([
            Instant("2025-03-03T11:30+07:00"), Instant("2025-03-10T09:30+07:00"),
            Instant("2025-03-12T09:30+07:00"), Instant("2025-03-12T15:00+07:00")]);
    }

    [Fact]
    public void The_last_step_falls_on_the_dossier_due_date_after_every_stop()
    {
        var start = Instant("2025-01-20T14:00+07:00");
        ClockStop[] stops =
        [
            new(Instant("2025-01-21T08:00+07:00"), Instant("2025-01-24T16:00+07:00")),
            new(Instant("2025-02-03T10:00+07:00"), Instant("2025-02-05T07:30+07:00")),
        ];
        var clock = DossierClock.Start(Calendar, start, TimeSpan.FromHours(40));
        foreach (var stop in stops)
        {
            clock = clock.Stop(Calendar, stop.At).Resume(Calendar, stop.ResumedAt!.Value);
        }

        StepPlan.DueTimes(Calendar, start, [8m, 24m, 8m], stops)[^1].ShouldBe(clock.DueAt);
    }

    [Fact]
    public void A_stop_still_waiting_moves_nothing_yet()
    {
        var start = Instant("2025-03-03T07:30+07:00");

        StepPlan.DueTimes(Calendar, start, [4m, 8m], [new ClockStop(Instant("2025-03-03T09:00+07:00"), null)])
            .ShouldBe(StepPlan.DueTimes(Calendar, start, [4m, 8m]));
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
