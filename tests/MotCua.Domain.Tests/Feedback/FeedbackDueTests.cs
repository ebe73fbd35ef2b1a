using MotCua.Domain.Calendar;
using MotCua.Domain.Feedback;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Feedback;

// DOMAIN.md §6: an answer within 10 working days, counted in working time like a dossier's appointment (§2).
public class FeedbackDueTests
{
    private WorkingCalendar Calendar { get; } = WorkingCalendar.CreateDefault();

    [Theory]
    // Thu 23 Jan 2025 10:00, just before Tết (CV 8726/VPCP-KGVX: Mon 27 – Fri 31 Jan off, no Saturday worked).
    // Working days after it: Fri 24 Jan (1), Mon 3 (2), Tue 4 (3), Wed 5 (4), Thu 6 (5), Fri 7 (6), Mon 10 (7),
    // Tue 11 (8), Wed 12 (9), Thu 13 Feb (10) → 10:00 on Thu 13 Feb.
    [InlineData("2025-01-23T10:00+07:00", "2025-02-13T10:00+07:00")]
    // Fri 25 Apr 2025 14:00, before 30/4–1/5 (Wed 30 Apr, Thu 1 May, Fri 2 May off; Sat 26 Apr worked in exchange):
    // Sat 26 (1), Mon 28 (2), Tue 29 (3), Mon 5 May (4), Tue 6 (5), Wed 7 (6), Thu 8 (7), Fri 9 (8), Mon 12 (9),
    // Tue 13 May (10) → 14:00 on Tue 13 May.
    [InlineData("2025-04-25T14:00+07:00", "2025-05-13T14:00+07:00")]
    // Sent online Fri 7 Mar 2025 at 20:00: counting starts Mon 10 Mar 07:30, ten full days end Fri 21 Mar 17:00.
    [InlineData("2025-03-07T20:00+07:00", "2025-03-21T17:00+07:00")]
    public void The_answer_is_due_ten_working_days_after_receipt(string received, string due) =>
        FeedbackDue.Of(Calendar, Instant(received)).ShouldBe(Instant(due));

    [Theory]
    [InlineData("2025-03-03T09:00+07:00", "2025-03-05T09:00+07:00")] // Monday morning: Wednesday, same time
    [InlineData("2025-04-29T16:00+07:00", "2025-05-06T16:00+07:00")] // Tue 29 Apr: 30/4, 1/5, 2/5 and the weekend off → Mon 5 (1), Tue 6 May (2)
    public void The_unit_is_reminded_two_working_days_before_the_due_instant(string now, string horizon) =>
        FeedbackDue.ReminderHorizon(Calendar, Instant(now)).ShouldBe(Instant(horizon));

    [Fact]
    public void Both_instants_need_a_calendar()
    {
        Should.Throw<ArgumentNullException>(() => FeedbackDue.Of(null!, Instant("2025-03-03T09:00+07:00"))).ParamName.ShouldBe("calendar");
        Should.Throw<ArgumentNullException>(() => FeedbackDue.ReminderHorizon(null!, Instant("2025-03-03T09:00+07:00"))).ParamName.ShouldBe("calendar");
    }
}
