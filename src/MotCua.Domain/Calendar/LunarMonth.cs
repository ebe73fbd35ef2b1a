namespace MotCua.Domain.Calendar;

/// <summary>One month of a computed lunisolar table: its first day (as a <see cref="DateOnly.DayNumber"/>) and its name.</summary>
internal readonly record struct LunarMonth(int FirstDay, int Length, int Month, int Year, bool IsLeap);
