using MotCua.Domain.Calendar;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Calendar;

// Expected due instants are worked out by hand from DOMAIN.md §2 ("Due date") and the schedules;
// March 2025 has no holiday, 3 Mar 2025 is a Monday.
public class DueDateTests
{
    private WorkingCalendar Calendar { get; } = WorkingCalendar.CreateDefault();

    [Theory]
    [InlineData("2025-03-03T10:00+07:00", 1, "2025-03-04T10:00+07:00")] // DOMAIN.md: Monday 10:00 + 1 day → Tuesday 10:00
    [InlineData("2025-03-07T17:01+07:00", 3, "2025-03-12T17:00+07:00")] // DOMAIN.md: Friday 17:01 + 3 days → 17:00 of the third working day
    [InlineData("2025-03-03T16:59+07:00", 1, "2025-03-04T16:59+07:00")] // one minute today, 7 h 59 tomorrow
    [InlineData("2025-03-03T07:30+07:00", 1, "2025-03-03T17:00+07:00")] // used up exactly at closing: that day 17:00
    [InlineData("2025-03-03T06:00+07:00", 2, "2025-03-04T17:00+07:00")] // before opening counts from 07:30
    [InlineData("2025-03-09T09:00+07:00", 1, "2025-03-10T17:00+07:00")] // Sunday receipt counts from Monday 07:30
    [InlineData("2025-01-24T10:00+07:00", 5, "2025-02-07T10:00+07:00")] // CV 8726: 25 Jan – 2 Feb off, so Mon 3 … Fri 7 Feb
    [InlineData("2025-04-25T10:00+07:00", 1, "2025-04-26T10:00+07:00")] // Saturday 26 Apr 2025 is worked (CV 8726)
    [InlineData("2025-04-29T10:00+07:00", 1, "2025-05-05T10:00+07:00")] // 30 Apr, 1 May, 2 May (swap) and the weekend off
    [InlineData("2026-04-24T10:00+07:00", 1, "2026-04-28T10:00+07:00")] // Sunday 26 Apr Hùng Kings → Monday 27 Apr off
    [InlineData("2027-02-04T10:00+07:00", 1, "2027-02-12T10:00+07:00")] // statutory 2027: Tết 5–9 Feb, nghỉ bù 10–11 Feb
    public void A_limit_in_working_days_is_that_many_eight_hour_days_of_working_time(string received, int days, string due) =>
        Calendar.AddWorkingDays(Instant(received), days).ShouldBe(Instant(due));

    [Theory]
    [InlineData("2025-03-03T10:00+07:00", 3.0, "2025-03-03T14:30+07:00")] // 1 h 30 before lunch, 1 h 30 after
    [InlineData("2025-03-03T11:45+07:00", 1.0, "2025-03-03T14:00+07:00")] // lunch receipt counts from 13:00
    [InlineData("2025-03-03T07:30+07:00", 4.0, "2025-03-03T11:30+07:00")] // used up at 11:30: not 13:00
    [InlineData("2025-03-03T16:00+07:00", 2.0, "2025-03-04T08:30+07:00")]
    [InlineData("2025-03-07T17:30+07:00", 0.5, "2025-03-10T08:00+07:00")] // Friday evening online receipt
    public void A_limit_in_hours_is_that_many_working_hours(string received, double hours, string due) =>
        Calendar.AddWorkingTime(Instant(received), TimeSpan.FromHours(hours)).ShouldBe(Instant(due));

    [Theory]
    [InlineData("2025-03-03T11:45+07:00", "2025-03-03T13:00+07:00")] // lunch break
    [InlineData("2025-03-03T11:30+07:00", "2025-03-03T13:00+07:00")] // the end of a period is not working time
    [InlineData("2025-03-09T09:00+07:00", "2025-03-10T07:30+07:00")] // Sunday
    [InlineData("2025-01-28T09:00+07:00", "2025-02-03T07:30+07:00")] // during Tết 2025
    [InlineData("2025-03-03T10:00+07:00", "2025-03-03T10:00+07:00")] // already working time
    public void Zero_working_time_gives_the_next_working_instant(string received, string due) =>
        Calendar.AddWorkingTime(Instant(received), TimeSpan.Zero).ShouldBe(Instant(due));

    [Theory]
    [InlineData(0.5, "2025-03-03T11:30+07:00")]
    [InlineData(1.5, "2025-03-04T11:30+07:00")]
    [InlineData(0.25, "2025-03-03T09:30+07:00")]
    public void Fractional_working_days_are_fractions_of_the_working_day(double days, string due) =>
        Calendar.AddWorkingDays(Instant("2025-03-03T07:30+07:00"), (decimal)days).ShouldBe(Instant(due));

    [Fact]
    public void An_instant_in_another_offset_is_read_as_Vietnam_time_and_the_result_is_in_plus_seven()
    {
        // 03:00 UTC is 10:00 in Hanoi.
        DateTimeOffset due = Calendar.AddWorkingDays(Instant("2025-03-03T03:00Z"), 1);
        due.ShouldBe(Instant("2025-03-04T10:00+07:00"));
        due.Offset.ShouldBe(TimeSpan.FromHours(7));
    }

    [Theory]
    [InlineData("2025-03-03T16:00+07:00", 1, "2025-03-04T16:00+07:00")]
    [InlineData("2025-03-03T11:40+07:00", 0, "2025-03-03T13:00+07:00")]
    [InlineData("2025-03-03T07:00+07:00", 0.5625, "2025-03-03T11:30+07:00")] // 4 h 30 of an 8-hour day
    [InlineData("2025-03-03T16:30+07:00", 1, "2025-03-04T16:30+07:00")]      // closing time: the next day's end
    public void Custom_working_hours_set_the_periods_and_the_length_of_a_day(string received, double days, string due)
    {
        var hours = new WorkingHours((Time("07:00"), Time("11:30")), (Time("13:00"), Time("16:30")));
        var calendar = new WorkingCalendar(hours, OfficialSchedules.Load());

        hours.PerDay.ShouldBe(TimeSpan.FromHours(8));
        calendar.AddWorkingDays(Instant(received), (decimal)days).ShouldBe(Instant(due));
    }

    [Fact]
    public void Five_hundred_working_days_end_at_closing_time_of_the_five_hundredth_working_day()
    {
        DateTimeOffset received = Instant("2027-01-04T07:30+07:00");

        // Independent count: walk the calendar day by day with Describe.
        int counted = 0;
        DateOnly day = DateOnly.FromDateTime(received.DateTime).AddDays(-1);
        while (counted < 500)
        {
            day = day.AddDays(1);
            if (Calendar.Describe(day).IsWorkingDay)
            {
                counted++;
            }
        }

        DateTimeOffset due = Calendar.AddWorkingDays(received, 500);

        due.ShouldBe(new DateTimeOffset(day.ToDateTime(new TimeOnly(17, 0)), TimeSpan.FromHours(7)));
    }

    [Theory]
    [InlineData("2025-03-03T14:59+07:00", "2025-03-03T17:00+07:00")] // before 15:00: returned the same day
    [InlineData("2025-03-03T07:00+07:00", "2025-03-03T17:00+07:00")] // before opening counts as before the cut-off
    [InlineData("2025-03-03T15:00+07:00", "2025-03-04T17:00+07:00")] // at 15:00: the next working day
    [InlineData("2025-03-07T15:30+07:00", "2025-03-10T17:00+07:00")] // Friday afternoon: Monday
    [InlineData("2025-03-08T09:00+07:00", "2025-03-10T17:00+07:00")] // Saturday: Monday
    [InlineData("2025-01-24T16:00+07:00", "2025-02-03T17:00+07:00")] // before Tết 2025: after the break
    [InlineData("2025-04-25T16:00+07:00", "2025-04-26T17:00+07:00")] // a worked Saturday counts
    public void Same_day_procedures_are_due_at_closing_time_of_the_day_decided_by_the_cutoff(string received, string due) =>
        Calendar.SameDayCutoffDue(Instant(received), new TimeOnly(15, 0)).ShouldBe(Instant(due));

    [Theory]
    [InlineData("2025-03-03T16:59+07:00", "2025-03-03T17:00+07:00")] // before closing: the same day
    [InlineData("2025-03-03T17:00+07:00", "2025-03-04T17:00+07:00")] // at closing, before an 18:00 cut-off: closing is past, so Tuesday
    [InlineData("2025-03-03T17:30+07:00", "2025-03-04T17:00+07:00")]
    public void A_cutoff_later_than_closing_time_never_gives_a_due_time_before_the_receipt(string received, string due) =>
        Calendar.SameDayCutoffDue(Instant(received), new TimeOnly(18, 0)).ShouldBe(Instant(due));

    [Theory]
    [InlineData("2025-03-03T10:00+07:00", "2025-03-04T10:00+07:00", 8.0)]
    [InlineData("2025-03-03T11:00+07:00", "2025-03-03T14:00+07:00", 1.5)]  // lunch does not count
    [InlineData("2025-01-24T10:00+07:00", "2025-02-03T10:00+07:00", 8.0)]  // 5.5 h on Friday + 2.5 h on Monday, Tết between
    [InlineData("2025-03-08T08:00+07:00", "2025-03-09T18:00+07:00", 0.0)]  // a weekend
    [InlineData("2025-03-04T10:00+07:00", "2025-03-03T10:00+07:00", -8.0)] // reversed
    public void Working_time_between_two_instants_counts_only_working_periods(string from, string to, double hours) =>
        Calendar.WorkingTimeBetween(Instant(from), Instant(to)).ShouldBe(TimeSpan.FromHours(hours));

    [Fact]
    public void Working_time_between_is_the_inverse_of_adding_working_time()
    {
        var random = new Random(20250101);
        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        var offsets = new[] { TimeSpan.FromHours(7), TimeSpan.Zero, TimeSpan.FromHours(-5) };
        for (int i = 0; i < 2000; i++)
        {
            DateTimeOffset from = start.AddMinutes(random.Next(0, 5 * 365 * 24 * 60)).AddSeconds(random.Next(0, 60))
                .ToOffset(offsets[i % offsets.Length]);
            TimeSpan work = TimeSpan.FromMinutes(random.Next(0, 60 * 8 * 40));

            DateTimeOffset due = Calendar.AddWorkingTime(from, work);

            if (Calendar.WorkingTimeBetween(from, due) != work)
            {
                throw new ShouldAssertException($"{from:o} + {work} → {due:o}, but {Calendar.WorkingTimeBetween(from, due)} between");
            }

            if (due < from && work > TimeSpan.Zero)
            {
                throw new ShouldAssertException($"{from:o} + {work} ran backwards to {due:o}");
            }

            // A due instant is always inside or at the end of a working period of a working day.
            CalendarDay dueDay = Calendar.Describe(DateOnly.FromDateTime(due.DateTime));
            if (!dueDay.IsWorkingDay)
            {
                throw new ShouldAssertException($"{from:o} + {work} fell on a day off: {due:o}");
            }
        }
    }

    [Fact]
    public void Resuming_a_paused_dossier_counts_the_remaining_time_from_the_resume_instant()
    {
        // Received Mon 3 Mar 2025 10:00 with 3 working days; paused Tue 10:00 (8 h used), resumed Mon 10 Mar 09:00.
        TimeSpan limit = TimeSpan.FromHours(24);
        TimeSpan used = Calendar.WorkingTimeBetween(Instant("2025-03-03T10:00+07:00"), Instant("2025-03-04T10:00+07:00"));

        Calendar.AddWorkingTime(Instant("2025-03-10T09:00+07:00"), limit - used).ShouldBe(Instant("2025-03-12T09:00+07:00"));
    }

    [Fact]
    public void Negative_time_and_dates_past_2100_are_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(Instant("2025-03-03T10:00+07:00"), TimeSpan.FromMinutes(-1)));
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Instant("2025-03-03T10:00+07:00"), -1m));
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Instant("2100-12-20T10:00+07:00"), 30));
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.SameDayCutoffDue(Instant("2100-12-31T16:00+07:00"), new TimeOnly(15, 0)));
    }
}
