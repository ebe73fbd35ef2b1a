namespace MotCua.Web.Features.Calendar;

public sealed record ScheduleDayInfo(string? Date, string? Name, string? LegalSource, bool IsWorkingSaturday);

/// <summary>A year's published schedule as administrators read and write it.</summary>
public sealed record ScheduleInfo(int Year, string? Source, IReadOnlyList<ScheduleDayInfo>? Days, bool Official);
