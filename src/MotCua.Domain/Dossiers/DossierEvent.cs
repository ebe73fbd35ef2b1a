namespace MotCua.Domain.Dossiers;

/// <summary>
/// One line of a dossier's history (append-only): who did what, when, in which unit and step, and
/// the state before and after. Indicators and reports are computed from these rows.
/// </summary>
public sealed class DossierEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DossierId { get; init; }

    public int Sequence { get; init; }

    public required string Type { get; init; }

    public DateTimeOffset At { get; init; }

    public required string ByUserName { get; init; }

    public Guid UnitId { get; init; }

    public DossierStatus? FromStatus { get; init; }

    public DossierStatus ToStatus { get; init; }

    public int? Step { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public string? Note { get; init; }
}
