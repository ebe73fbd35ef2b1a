using MotCua.Domain.Calendar;

namespace MotCua.Domain.Reports;

/// <summary>What a unit that has not sent a period's report is told on a day.</summary>
public enum ReportReminder
{
    None,

    /// <summary>The deadline is within the reminder's working days, or today.</summary>
    DueSoon,

    /// <summary>The deadline has passed: the parent's board shows the unit late from the day after it.</summary>
    Overdue,
}

/// <summary>
/// When reminders of a report's deadline go out (REPORTS.md §6, DOMAIN.md §5): from <c>workingDays</c> working days
/// before the deadline, counted on the working calendar so that Tết or a weekend does not eat the notice, and once
/// overdue — until <see cref="DaysBehind"/> days after, so that a unit created late is not told of every past period.
/// </summary>
public static class ReportReminders
{
    public const int DaysBehind = 30;

    /// <summary>The first day of the notice: the <paramref name="workingDays"/>-th working day before <paramref name="deadline"/>.</summary>
    public static DateOnly RemindFrom(DateOnly deadline, int workingDays, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = deadline;
        for (int i = 0; i < workingDays; i++)
        {
            do
            {
                day = day.AddDays(-1);
            }
            while (!calendar.IsWorkingDay(day));
        }

        return day;
    }

    public static ReportReminder On(DateOnly today, DateOnly deadline, int workingDays, WorkingCalendar calendar) =>
        today > deadline ? (today <= deadline.AddDays(DaysBehind) ? ReportReminder.Overdue : ReportReminder.None)
        : today >= RemindFrom(deadline, workingDays, calendar) ? ReportReminder.DueSoon
        : ReportReminder.None;
}
