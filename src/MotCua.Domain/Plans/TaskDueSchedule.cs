using MotCua.Domain.Calendar;

namespace MotCua.Domain.Plans;

/// <summary>
/// The dated instances of a task in a plan's year (API.md, plans). An instance falling on a day off moves to the
/// previous working day, never the next: "by the 17th" is a limit, and a unit that waits for the Monday after a
/// Sunday 17th has missed it.
/// </summary>
public static class TaskDueSchedule
{
    /// <exception cref="ArgumentNullException"><paramref name="due"/> or <paramref name="calendar"/> is null.</exception>
    public static DueSchedule Expand(TaskDue due, int planYear, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(calendar);
        (IReadOnlyList<DateOnly> nominal, DueProblem? problem) = due switch
        {
            TaskDue.OnDate date => ([date.Date], null),
            TaskDue.InMonth month => ([month.LastDay], null),
            TaskDue.Recurring recurring => RecurrenceExpansion.Dates(recurring.Rule, planYear),
            _ => throw new ArgumentOutOfRangeException(nameof(due), due, "Not a deadline form."),
        };
        if (problem is not null)
        {
            return DueSchedule.Failed(problem.Kind, problem.Detail);
        }

        if (nominal.Count == 0)
        {
            return DueSchedule.Failed(DueProblemKind.YieldsNothing, $"'{((TaskDue.Recurring)due).Rule}' gives no date in {planYear}.");
        }

        List<DateOnly> dates = [];
        foreach (DateOnly date in nominal)
        {
            if (date.Year != planYear)
            {
                return DueSchedule.Failed(DueProblemKind.OutsidePlanYear, $"{date:yyyy-MM-dd} is not in the plan's year {planYear}.");
            }

            DateOnly working = OnOrBeforeWorkingDay(date, calendar);
            if (working.Year != planYear)
            {
                // 1 January is a holiday: its previous working day belongs to last year's plan.
                return DueSchedule.Failed(DueProblemKind.OutsidePlanYear, $"{date:yyyy-MM-dd} is a day off; the working day before it, {working:yyyy-MM-dd}, is not in {planYear}.");
            }

            dates.Add(working);
        }

        return DueSchedule.Of(dates);
    }

    private static DateOnly OnOrBeforeWorkingDay(DateOnly date, WorkingCalendar calendar)
    {
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
