namespace MotCua.Web.Data.Entities;

/// <summary>
/// A reminder to the officers of a unit (and the one assigned) that a dossier is about to be late
/// or is late (DOMAIN.md §5). Unique per dossier, kind and due instant: the watch may run on
/// every node and every few minutes, yet each reminder exists once.
/// </summary>
public sealed class OfficerReminder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DossierId { get; init; }

    public Guid UnitId { get; init; }

    public string? AssignedTo { get; init; }

    /// <summary>dueSoon: due within one working day; late: past due without a new appointment.</summary>
    public required string Kind { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
