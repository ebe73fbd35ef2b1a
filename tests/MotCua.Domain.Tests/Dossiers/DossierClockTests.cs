using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Dossiers;

// DOMAIN.md §2 "Due date": time waiting for the applicant does not count; on resume the remaining working time is
// counted again from the resume instant (Decree 61/2018 art. 17). Default hours 07:30–11:30, 13:00–17:00; 2025
// schedule from CV 8726/VPCP-KGVX: Tết 25 Jan – 2 Feb 2025 off. 7 March 2025 is a Friday.
public class DossierClockTests
{
    private WorkingCalendar Calendar { get; } = WorkingCalendar.CreateDefault();

    [Theory]
    [InlineData("2025-03-06T10:00+07:00", 24.0, "2025-03-11T10:00+07:00")] // Thursday + 3 days → Tuesday, weekend skipped
    [InlineData("2025-01-22T10:00+07:00", 40.0, "2025-02-05T10:00+07:00")] // 5 days across Tết 2025
    [InlineData("2025-03-08T09:00+07:00", 8.0, "2025-03-10T17:00+07:00")]  // online on Saturday: counting starts Monday 07:30
    public void Starting_the_clock_sets_the_due_instant_from_receipt(string received, double hours, string due)
    {
        DossierClock clock = DossierClock.Start(Calendar, Instant(received), TimeSpan.FromHours(hours));

        clock.ReceivedAt.ShouldBe(Instant(received));
        clock.DueAt.ShouldBe(Instant(due));
        clock.IsRunning.ShouldBeTrue();
        clock.StoppedAt.ShouldBeNull();
        clock.Remaining.ShouldBeNull();
    }

    [Theory]
    [InlineData("2025-03-03T14:00+07:00", "2025-03-03T17:00+07:00")] // DOMAIN.md §2: before 15:00 → the same day
    [InlineData("2025-03-03T15:30+07:00", "2025-03-04T17:00+07:00")] // after → the next working day
    [InlineData("2025-01-24T16:00+07:00", "2025-02-03T17:00+07:00")] // Friday before Tết 2025 → the Monday after
    public void A_same_day_procedure_is_due_by_its_cutoff(string received, string due) =>
        DossierClock.StartSameDay(Calendar, Instant(received), new TimeOnly(15, 0)).DueAt.ShouldBe(Instant(due));

    [Theory]
    // Thu 10:00 + 3 days = Tue 10:00. Stopped Fri 10:00 with 5.5 h (Fri) + 8 h (Mon) + 2.5 h (Tue) = 16 h left;
    // resumed Mon 14:00: 3 h Mon + 8 h Tue + 5 h Wed → Wed 14:00 (10.5 working hours of waiting added).
    [InlineData("2025-03-06T10:00+07:00", 24.0, "2025-03-07T10:00+07:00", 16.0, "2025-03-10T14:00+07:00", "2025-03-12T14:00+07:00")]
    // Stopped Friday after closing, resumed Sunday evening: only the weekend passed, the due instant does not move.
    [InlineData("2025-03-06T10:00+07:00", 24.0, "2025-03-07T17:30+07:00", 10.5, "2025-03-09T20:00+07:00", "2025-03-11T10:00+07:00")]
    // Tết 2025: received Wed 22 Jan 10:00, due Wed 5 Feb 10:00; stopped Thu 23 Jan 10:00 with 32 h left; resumed
    // Fri 24 Jan 15:00: 2 h Fri, Tết off, 8 h Mon 3, Tue 4, Wed 5 Feb, 6 h Thu 6 Feb → 15:00.
    [InlineData("2025-01-22T10:00+07:00", 40.0, "2025-01-23T10:00+07:00", 32.0, "2025-01-24T15:00+07:00", "2025-02-06T15:00+07:00")]
    // Stopped Fri 24 Jan 10:00 (24 h left), supplement brought online on Tue 28 Jan during Tết: counting restarts
    // Mon 3 Feb 07:30, three full days → Wed 5 Feb 17:00.
    [InlineData("2025-01-22T10:00+07:00", 40.0, "2025-01-24T10:00+07:00", 24.0, "2025-01-28T09:00+07:00", "2025-02-05T17:00+07:00")]
    public void Time_waiting_for_the_applicant_does_not_count(string received, double hours, string stopped, double leftHours, string resumed, string due)
    {
        DossierClock running = DossierClock.Start(Calendar, Instant(received), TimeSpan.FromHours(hours));

        DossierClock waiting = running.Stop(Calendar, Instant(stopped));
        waiting.IsRunning.ShouldBeFalse();
        waiting.StoppedAt.ShouldBe(Instant(stopped));
        waiting.Remaining.ShouldBe(TimeSpan.FromHours(leftHours));
        waiting.DueAt.ShouldBe(running.DueAt);

        DossierClock resumedClock = waiting.Resume(Calendar, Instant(resumed));
        resumedClock.IsRunning.ShouldBeTrue();
        resumedClock.DueAt.ShouldBe(Instant(due));
        resumedClock.ReceivedAt.ShouldBe(Instant(received));
        resumedClock.StoppedAt.ShouldBeNull();
        resumedClock.Remaining.ShouldBeNull();
    }

    [Theory]
    [InlineData("2025-03-07T10:00+07:00")] // inside a period
    [InlineData("2025-03-07T11:30+07:00")] // at the end of a period
    [InlineData("2025-03-07T12:00+07:00")] // at lunch
    [InlineData("2025-01-28T09:00+07:00")] // during Tết
    public void Stopping_and_resuming_at_the_same_instant_keeps_the_due_instant(string at)
    {
        DossierClock clock = DossierClock.Start(Calendar, Instant("2025-01-22T10:00+07:00"), TimeSpan.FromHours(200));

        clock.Stop(Calendar, Instant(at)).Resume(Calendar, Instant(at)).DueAt.ShouldBe(clock.DueAt);
    }

    [Theory]
    // Received Mon 3 Mar 10:00 with 1 day: due Tue 4 Mar 10:00 (DOMAIN.md §2 example).
    [InlineData("2025-03-05T09:00+07:00", true)]  // stopped the day after the due instant: already late
    [InlineData("2025-03-04T10:00+07:00", false)] // stopped exactly at the due instant: on time so far, nothing left
    public void A_dossier_stopped_with_no_time_left_keeps_its_due_instant_and_is_late_after_resuming(string stopped, bool overdueWhileStopped)
    {
        DossierClock clock = DossierClock.Start(Calendar, Instant("2025-03-03T10:00+07:00"), TimeSpan.FromHours(8));

        DossierClock waiting = clock.Stop(Calendar, Instant(stopped));
        waiting.Remaining.ShouldBe(TimeSpan.Zero);
        waiting.IsOverdueAt(Instant("2025-03-20T10:00+07:00")).ShouldBe(overdueWhileStopped);

        DossierClock resumed = waiting.Resume(Calendar, Instant("2025-03-06T09:00+07:00"));
        resumed.DueAt.ShouldBe(Instant("2025-03-04T10:00+07:00"));
        resumed.IsOverdueAt(Instant("2025-03-06T09:00:01+07:00")).ShouldBeTrue();
    }

    [Theory]
    // Received Mon 3 Mar 10:00 with 1 day: due Tue 4 Mar 10:00. REPORTS.md II.06 col. 12 vs 13.
    [InlineData("2025-03-04T10:00+07:00", false)] // at the due instant: not yet overdue
    [InlineData("2025-03-04T10:00:01+07:00", true)]
    public void A_running_dossier_is_overdue_after_its_due_instant(string at, bool overdue) =>
        DossierClock.Start(Calendar, Instant("2025-03-03T10:00+07:00"), TimeSpan.FromHours(8)).IsOverdueAt(Instant(at)).ShouldBe(overdue);

    [Theory]
    [InlineData("2025-03-03T11:00+07:00", "2025-03-20T10:00+07:00", false)] // waiting for a supplement is within time (II.06 col. 12)
    public void A_dossier_stopped_in_time_is_not_overdue_however_long_it_waits(string stopped, string at, bool overdue) =>
        DossierClock.Start(Calendar, Instant("2025-03-03T10:00+07:00"), TimeSpan.FromHours(8))
            .Stop(Calendar, Instant(stopped)).IsOverdueAt(Instant(at)).ShouldBe(overdue);

    [Theory]
    // The Tết row above, stored while waiting and read back: resuming gives the same due instant (DOMAIN.md §4: state is replayed).
    [InlineData("2025-01-24T10:00+07:00", 24.0, "2025-01-28T09:00+07:00", "2025-02-05T17:00+07:00")]
    // Stored already late (nothing left): the due instant stays (Decree 61/2018 art. 17, see Resume).
    [InlineData("2025-03-05T09:00+07:00", 0.0, "2025-03-06T09:00+07:00", "2025-01-29T10:00+07:00")]
    public void A_stored_stopped_clock_resumes_like_the_original(string stopped, double leftHours, string resumed, string due)
    {
        DossierClock clock = DossierClock.Restore(
            Instant("2025-01-22T10:00+07:00"), Instant("2025-01-29T10:00+07:00"), Instant(stopped), TimeSpan.FromHours(leftHours));

        clock.IsRunning.ShouldBeFalse();
        clock.Resume(Calendar, Instant(resumed)).DueAt.ShouldBe(Instant(due));
    }

    [Fact]
    public void A_stored_running_clock_is_running()
    {
        DossierClock clock = DossierClock.Restore(Instant("2025-03-03T10:00+07:00"), Instant("2025-03-04T10:00+07:00"), null, null);

        clock.ShouldBe(DossierClock.Start(Calendar, Instant("2025-03-03T10:00+07:00"), TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("2025-03-03T11:00+07:00", null)]  // a stop without remaining time
    [InlineData(null, 2.0)]                       // remaining time without a stop
    [InlineData("2025-03-03T11:00+07:00", -1.0)]  // negative time left
    [InlineData("2025-03-03T09:00+07:00", 2.0)]   // stopped before receipt
    public void Inconsistent_stored_values_are_refused(string? stopped, double? leftHours) =>
        Should.Throw<ArgumentException>(() => DossierClock.Restore(
            Instant("2025-03-03T10:00+07:00"),
            Instant("2025-03-04T10:00+07:00"),
            stopped is null ? null : Instant(stopped),
            leftHours is null ? null : TimeSpan.FromHours(leftHours.Value)));

    [Fact]
    public void A_stopped_clock_cannot_be_stopped_again_nor_a_running_one_resumed()
    {
        DossierClock clock = DossierClock.Start(Calendar, Instant("2025-03-03T10:00+07:00"), TimeSpan.FromHours(8));
        DossierClock stopped = clock.Stop(Calendar, Instant("2025-03-03T11:00+07:00"));

        Should.Throw<InvalidOperationException>(() => stopped.Stop(Calendar, Instant("2025-03-03T12:00+07:00"))).Message
            .ShouldBe("The clock has been stopped since 2025-03-03T11:00:00.0000000+07:00.");
        Should.Throw<InvalidOperationException>(() => clock.Resume(Calendar, Instant("2025-03-03T12:00+07:00"))).Message
            .ShouldBe("The clock is running.");
    }

    [Fact]
    public void A_stop_without_its_remaining_time_is_refused_saying_what_a_stored_clock_needs()
    {
        ArgumentException refused = Should.Throw<ArgumentException>(() => DossierClock.Restore(
            Instant("2025-03-03T10:00+07:00"), Instant("2025-03-04T10:00+07:00"), Instant("2025-03-03T11:00+07:00"), null));

        (refused.ParamName, refused.Message).ShouldBe(
            ("remaining", "A stopped clock has both a stop instant and a remaining time; a running one has neither. (Parameter 'remaining')"));
    }

    [Theory]
    [InlineData("2025-03-03T09:59+07:00", null)]                     // stop before receipt
    [InlineData("2025-03-03T11:00+07:00", "2025-03-03T10:59+07:00")] // resume before the stop
    public void Time_cannot_run_backwards(string stopped, string? resumed)
    {
        DossierClock clock = DossierClock.Start(Calendar, Instant("2025-03-03T10:00+07:00"), TimeSpan.FromHours(8));

        if (resumed is null)
        {
            Should.Throw<ArgumentOutOfRangeException>(() => clock.Stop(Calendar, Instant(stopped)));
        }
        else
        {
            DossierClock waiting = clock.Stop(Calendar, Instant(stopped));
            Should.Throw<ArgumentOutOfRangeException>(() => waiting.Resume(Calendar, Instant(resumed)));
        }
    }
}
