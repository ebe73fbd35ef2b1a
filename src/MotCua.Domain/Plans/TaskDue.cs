namespace MotCua.Domain.Plans;

/// <summary>
/// When a plan task is due, in one of the three forms of API.md (plans): a date, a month (due on its last day), or an
/// RFC 5545 recurrence rule expanded within the plan's year. <see cref="TaskDueSchedule"/> turns it into dated
/// instances; <see cref="DeadlinePhrasing"/> reads the Vietnamese phrasings of the seeds' plan tables into it.
/// </summary>
public abstract record TaskDue
{
    private TaskDue()
    {
    }

    /// <summary>Due on one day, e.g. "Trước 15/12/2024".</summary>
    public sealed record OnDate(DateOnly Date) : TaskDue;

    /// <summary>Due within a month, i.e. by its last day, e.g. "Tháng 6/2024".</summary>
    public sealed record InMonth : TaskDue
    {
        /// <exception cref="ArgumentOutOfRangeException">A month outside 1–12 or a year outside 1–9999.</exception>
        public InMonth(int year, int month)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
            ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);
            Year = year;
            Month = month;
        }

        public int Year { get; }

        public int Month { get; }

        public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));
    }

    /// <summary>
    /// Due on every date an RFC 5545 rule yields within the plan's year, e.g.
    /// <c>FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17</c> ("before the 17th of the last month of each quarter").
    /// The rule is kept as written; it is checked when expanded.
    /// </summary>
    public sealed record Recurring(string Rule) : TaskDue;
}
