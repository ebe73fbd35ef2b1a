namespace MotCua.Domain.Calendar;

/// <summary>
/// The government's published schedule of days off for civil servants for one year
/// (lịch nghỉ lễ, tết của cán bộ, công chức, viên chức).
/// </summary>
/// <param name="Year">Gregorian year the schedule covers.</param>
/// <param name="Source">The notices the schedule was taken from.</param>
/// <param name="DaysOff">
/// Weekdays off: holidays, compensatory days (nghỉ bù) and swapped days (hoán đổi). Weekends need not be listed.
/// </param>
/// <param name="WorkingSaturdays">Weekend days worked in exchange for a swapped weekday (làm bù).</param>
public sealed record YearSchedule(
    int Year,
    string Source,
    IReadOnlyList<Holiday> DaysOff,
    IReadOnlyList<Holiday> WorkingSaturdays);
