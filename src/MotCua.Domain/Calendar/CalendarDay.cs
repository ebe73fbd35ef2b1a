namespace MotCua.Domain.Calendar;

/// <summary>Everything the calendar page and the due-date logic need to know about one day.</summary>
/// <param name="Date">The day.</param>
/// <param name="IsWorkingDay">Whether the one-stop desk works that day.</param>
/// <param name="Kind">Why it is or is not a working day.</param>
/// <param name="Holiday">Name of the holiday, day off or worked Saturday; null on ordinary days and plain weekends.</param>
/// <param name="LegalSource">The statute or notice behind <paramref name="Holiday"/>.</param>
/// <param name="Lunar">The Vietnamese lunar date.</param>
/// <param name="FromOfficialSchedule">
/// True when the year has a published government schedule; false when the statutory rule was applied,
/// which the calendar page must say.
/// </param>
public sealed record CalendarDay(
    DateOnly Date,
    bool IsWorkingDay,
    DayKind Kind,
    string? Holiday,
    string? LegalSource,
    LunarDate Lunar,
    bool FromOfficialSchedule);
