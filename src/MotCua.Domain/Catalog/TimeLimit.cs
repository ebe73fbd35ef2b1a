namespace MotCua.Domain.Catalog;

/// <summary>
/// Thời hạn giải quyết: a number of working days or of working hours (DOMAIN.md §2). Kept as the
/// law states it; converted to working time only when a due date is computed.
/// </summary>
public readonly record struct TimeLimit(decimal Value, TimeLimitUnit Unit)
{
    /// <summary>Beyond two working years no procedure exists; larger values are typing errors.</summary>
    public const decimal MaxWorkingDays = 500;

    public TimeSpan WorkingTime(TimeSpan workingDayLength) => Unit == TimeLimitUnit.WorkingHours
        ? TimeSpan.FromHours((double)Value)
        : workingDayLength * (double)Value;

    public decimal Hours(decimal hoursPerDay) => Unit == TimeLimitUnit.WorkingHours ? Value : Value * hoursPerDay;

    public static bool IsValid(decimal value, TimeLimitUnit unit) =>
        value > 0 && (unit == TimeLimitUnit.WorkingDays ? value <= MaxWorkingDays : value <= MaxWorkingDays * 8);
}
