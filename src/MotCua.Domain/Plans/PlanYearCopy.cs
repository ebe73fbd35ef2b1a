namespace MotCua.Domain.Plans;

/// <summary>
/// "Copy last year's plan into a new year" (issue 8): each deadline keeps its day and month in the new year. A rule
/// names no year except in UNTIL, so only that date moves; the instances are expanded afresh against the new year's
/// holidays.
/// </summary>
public static class PlanYearCopy
{
    /// <exception cref="ArgumentNullException"><paramref name="due"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> outside 1–9999.</exception>
    /// <exception cref="ArgumentException">A rule that does not read: it could not have been saved in a plan.</exception>
    public static TaskDue Due(TaskDue due, int year)
    {
        ArgumentNullException.ThrowIfNull(due);
        return due switch
        {
            TaskDue.OnDate date => new TaskDue.OnDate(SameDayIn(date.Date, year)),
            TaskDue.InMonth month => new TaskDue.InMonth(year, month.Month),
            TaskDue.Recurring recurring => new TaskDue.Recurring(
                (RecurrenceRuleText.Read(recurring.Rule).Text ?? throw new ArgumentException($"'{recurring.Rule}' is not a rule.", nameof(due)))
                    .WithUntilIn(year)),
            _ => throw new ArgumentOutOfRangeException(nameof(due), due, "Not a deadline form."),
        };
    }

    /// <summary>The same day and month in <paramref name="year"/>; 29 February becomes 28 February in a common year.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> outside 1–9999.</exception>
    public static DateOnly SameDayIn(DateOnly date, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);
        return new DateOnly(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));
    }
}
