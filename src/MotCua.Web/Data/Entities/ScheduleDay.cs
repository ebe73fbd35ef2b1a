using MotCua.Domain.Calendar;

namespace MotCua.Web.Data.Entities;

/// <summary>A day off (holiday, compensatory or swapped) or a worked Saturday of a published schedule, with its name and legal source.</summary>
public sealed class ScheduleDay
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Year { get; init; }

    public DateOnly Date { get; set; }

    public DayKind Kind { get; set; } = DayKind.Holiday;

    public required string Name { get; set; }

    public string? LegalSource { get; set; }
}
