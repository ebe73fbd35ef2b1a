using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Dossiers;

// DOMAIN.md §4 and Decree 61/2018 art. 17: the apology (Mẫu 04, Circular 01/2018/TT-VPCP) is sent no later than one
// working day before the due date. 10 March 2025 is a Monday; the 2025 schedule is CV 8726/VPCP-KGVX.
public class ApologyRuleTests
{
    private WorkingCalendar Calendar { get; } = WorkingCalendar.CreateDefault();

    [Theory]
    [InlineData("2025-03-10T10:00+07:00", "2025-03-07T10:00+07:00")] // due Monday → the Friday before, same time
    [InlineData("2025-03-10T17:00+07:00", "2025-03-07T17:00+07:00")] // due Monday at closing → Friday closing, not Monday 07:30
    [InlineData("2025-03-11T14:00+07:00", "2025-03-10T14:00+07:00")] // an ordinary weekday
    [InlineData("2025-03-11T13:00+07:00", "2025-03-10T11:30+07:00")] // a lunch boundary: the earlier end
    [InlineData("2025-03-08T12:00+07:00", "2025-03-06T17:00+07:00")] // due on a Saturday: Friday is the working day before
    [InlineData("2025-02-03T10:00+07:00", "2025-01-24T10:00+07:00")] // due after Tết 2025 → the Friday before the break
    [InlineData("2025-02-04T10:00+07:00", "2025-02-03T10:00+07:00")]
    [InlineData("2025-04-28T10:00+07:00", "2025-04-26T10:00+07:00")] // Saturday 26 Apr 2025 was worked
    [InlineData("2025-05-05T10:00+07:00", "2025-04-29T10:00+07:00")] // 30 Apr – 4 May off
    public void The_apology_is_due_one_working_day_before_the_due_instant(string due, string latest)
    {
        DateTimeOffset deadline = ApologyRule.LatestApologyAt(Calendar, Instant(due));

        deadline.ShouldBe(Instant(latest));
        deadline.Offset.ShouldBe(WorkingCalendar.VietnamOffset);
        Calendar.WorkingTimeBetween(deadline, Instant(due)).ShouldBe(Calendar.Hours.PerDay);
    }

    [Theory]
    [InlineData("2025-03-10T10:00+07:00", "2025-03-07T10:00+07:00")] // 4 h 30 + 3 h 30 = 8 h of 07:00–11:30 / 13:00–16:30
    [InlineData("2025-03-10T07:00+07:00", "2025-03-06T16:30+07:00")] // Monday opening = Friday closing in working time → Thursday closing
    public void One_working_day_follows_the_units_own_hours(string due, string latest)
    {
        var calendar = new WorkingCalendar(new WorkingHours((Time("07:00"), Time("11:30")), (Time("13:00"), Time("16:30"))), OfficialSchedules.Load());

        ApologyRule.LatestApologyAt(calendar, Instant(due)).ShouldBe(Instant(latest));
    }

    [Theory]
    [InlineData("2025-03-06T15:00+07:00", true)]  // Thursday
    [InlineData("2025-03-07T09:59+07:00", true)]
    [InlineData("2025-03-07T10:00+07:00", true)]  // "no later than": the deadline itself is in time
    [InlineData("2025-03-07T10:01+07:00", false)]
    [InlineData("2025-03-10T08:00+07:00", false)] // on the due day itself
    [InlineData("2025-03-11T08:00+07:00", false)] // after the due instant: the apology does not cure lateness
    public void An_apology_is_in_time_up_to_the_deadline(string sent, bool inTime) =>
        ApologyRule.IsWithinDeadline(Calendar, Instant(sent), Instant("2025-03-10T10:00+07:00")).ShouldBe(inTime);

    [Theory]
    [InlineData("2025-03-12T10:00+07:00", true)]
    [InlineData("2025-03-10T10:00:01+07:00", true)]
    [InlineData("2025-03-10T10:00+07:00", false)] // the same instant postpones nothing
    [InlineData("2025-03-10T03:00Z", false)]      // the same instant in UTC
    [InlineData("2025-03-07T10:00+07:00", false)]
    public void The_new_appointment_must_be_after_the_original_due_instant(string newDue, bool valid) =>
        ApologyRule.NewDateIsValid(Instant(newDue), Instant("2025-03-10T10:00+07:00")).ShouldBe(valid);
}
