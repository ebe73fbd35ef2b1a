namespace MotCua.Domain.Calendar;

/// <summary>One dated entry of a holiday list or of an official schedule.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">Vietnamese name shown on the calendar, e.g. "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương".</param>
/// <param name="LegalSource">The statute or notice that grants the day; null when an administrator did not give one.</param>
/// <param name="Kind">
/// Defaults to <see cref="DayKind.Holiday"/> so that callers who only know date and name can still build entries;
/// schedules set it to tell a compensatory or swapped day apart from the holiday itself.
/// </param>
public sealed record Holiday(DateOnly Date, string Name, string? LegalSource, DayKind Kind = DayKind.Holiday);
