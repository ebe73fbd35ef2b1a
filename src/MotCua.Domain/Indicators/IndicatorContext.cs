using MotCua.Domain.Calendar;

namespace MotCua.Domain.Indicators;

/// <summary>What a formula needs besides the facts: the period, the unit's working calendar and the table's parameters.</summary>
public sealed record IndicatorContext(ReportingPeriod Period, WorkingCalendar Calendar, IReadOnlyDictionary<string, decimal> Parameters)
{
    /// <summary>A parameter counted in working days, e.g. <c>feedbackAnswerWorkingDays</c>.</summary>
    /// <exception cref="KeyNotFoundException">The table does not set it (the reader refuses such a table).</exception>
    public decimal WorkingDays(string parameter) => Parameters[parameter];

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="date"/>: 5 after Monday 3 March 2025 is Monday 10 March.</summary>
    public DateOnly WorkingDaysAfter(DateOnly date, decimal count)
    {
        for (int i = 0; i < count; i++)
        {
            date = Calendar.NextWorkingDay(date);
        }

        return date;
    }
}
