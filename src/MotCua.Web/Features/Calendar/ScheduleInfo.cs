namespace MotCua.Web.Features.Calendar;

/// <summary>One entry of a schedule: <c>kind</c> is holiday, compensatoryDayOff, swappedDayOff or workingSaturday.</summary>
public sealed record ScheduleDayInfo(string? Date, string? Name, string? LegalSource, MotCua.Domain.Calendar.DayKind? Kind);

/// <summary>A year's published schedule as administrators read and write it.</summary>
public sealed record ScheduleInfo(int Year, string? Source, IReadOnlyList<ScheduleDayInfo>? Days, bool Official);
