namespace MotCua.Web.Data.Entities;

/// <summary>A day off or a worked Saturday of a published schedule, with its name and legal source.</summary>
public sealed class ScheduleDay
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Year { get; init; }

    public DateOnly Date { get; set; }

    public bool IsWorkingSaturday { get; set; }

    public required string Name { get; set; }

    public string? LegalSource { get; set; }
}
