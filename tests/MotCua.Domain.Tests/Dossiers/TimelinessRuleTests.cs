using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Dossiers;

// REPORTS.md §2, form II.06: col. 8 early = a calendar day before the due day; col. 9 on time = the due day, at or
// before the due instant; col. 10 late = after the due instant. Days are Vietnam days (+07:00).
public class TimelinessRuleTests
{
    [Theory]
    [InlineData("2025-03-04T16:00+07:00", "2025-03-05T10:00+07:00", Timeliness.Early)]   // the day before
    [InlineData("2025-03-04T23:59:59+07:00", "2025-03-05T10:00+07:00", Timeliness.Early)] // the last second of the day before
    [InlineData("2025-03-05T00:00+07:00", "2025-03-05T10:00+07:00", Timeliness.OnTime)]  // the due day's first instant
    [InlineData("2025-03-05T09:59+07:00", "2025-03-05T10:00+07:00", Timeliness.OnTime)]
    [InlineData("2025-03-05T10:00+07:00", "2025-03-05T10:00+07:00", Timeliness.OnTime)]  // exactly at the due instant
    [InlineData("2025-03-05T10:00:01+07:00", "2025-03-05T10:00+07:00", Timeliness.Late)] // one second after
    [InlineData("2025-03-06T08:00+07:00", "2025-03-05T17:00+07:00", Timeliness.Late)]    // the next morning
    [InlineData("2025-02-28T10:00+07:00", "2025-03-05T10:00+07:00", Timeliness.Early)]   // days before
    public void A_dossier_is_early_on_time_or_late_by_the_due_instant_and_its_day(string ended, string due, Timeliness expected) =>
        TimelinessRule.Of(Instant(ended), Instant(due)).ShouldBe(expected);

    [Theory]
    [InlineData("2025-03-04T17:30Z", "2025-03-05T10:00+07:00", Timeliness.OnTime)] // 00:30 on the due day in Hà Nội, though Tuesday in UTC
    [InlineData("2025-03-04T16:59Z", "2025-03-05T10:00+07:00", Timeliness.Early)]  // 23:59 the day before in Hà Nội
    [InlineData("2025-03-04T20:00+07:00", "2025-03-05T03:00Z", Timeliness.Early)]  // a due instant in UTC is a Vietnam day too
    [InlineData("2025-03-05T03:00Z", "2025-03-05T10:00+07:00", Timeliness.OnTime)] // the same instant in two offsets
    public void Days_are_counted_in_vietnam_time_whatever_the_offset(string ended, string due, Timeliness expected) =>
        TimelinessRule.Of(Instant(ended), Instant(due)).ShouldBe(expected);
}
