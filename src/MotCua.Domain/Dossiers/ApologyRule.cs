using MotCua.Domain.Calendar;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// The apology for a dossier that will be late (Phiếu xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04 of Circular
/// 01/2018/TT-VPCP; Decree 61/2018 art. 17: sent no later than one day before the due date, with the reason and a
/// new date; DOMAIN.md §4 reads the day as a working day). The apology never makes a late dossier on time.
/// </summary>
public static class ApologyRule
{
    /// <summary>
    /// The last instant at which one working day of working time is still left before <paramref name="dueAt"/>:
    /// due Monday 10:00 → Friday 10:00. When that mark falls on a boundary between working periods, every instant of
    /// the gap leaves exactly one working day; the earliest one — the end of the earlier period — is taken, because it
    /// meets every reading of "one day before": due Monday 17:00 → Friday 17:00, not Monday 07:30.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date outside the calendar.</exception>
    public static DateTimeOffset LatestApologyAt(WorkingCalendar calendar, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        DateTime local = dueAt.ToOffset(WorkingCalendar.VietnamOffset).DateTime;
        DateOnly date = DateOnly.FromDateTime(local);
        TimeSpan position = local.TimeOfDay;
        TimeSpan remaining = calendar.Hours.PerDay;

        while (true)
        {
            if (calendar.IsWorkingDay(date))
            {
                foreach (WorkingPeriod period in calendar.Hours.Periods.Reverse())
                {
                    TimeSpan start = period.Start.ToTimeSpan();
                    if (start >= position)
                    {
                        continue;
                    }

                    TimeSpan end = period.End.ToTimeSpan() < position ? period.End.ToTimeSpan() : position;

                    // Strictly less: when the day is used up exactly at a period's start, go on to the earlier end.
                    if (remaining < end - start)
                    {
                        return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue) + end - remaining, WorkingCalendar.VietnamOffset);
                    }

                    remaining -= end - start;
                }
            }

            date = date.AddDays(-1);
            position = TimeSpan.FromDays(1);
        }
    }

    /// <summary>Whether an apology sent at <paramref name="apologizedAt"/> met the deadline of <see cref="LatestApologyAt"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static bool IsWithinDeadline(WorkingCalendar calendar, DateTimeOffset apologizedAt, DateTimeOffset dueAt) =>
        apologizedAt <= LatestApologyAt(calendar, dueAt);

    /// <summary>The new appointment (hẹn lại) must be after the original due instant: otherwise nothing was postponed.</summary>
    public static bool NewDateIsValid(DateTimeOffset newDueAt, DateTimeOffset dueAt) => newDueAt > dueAt;
}
