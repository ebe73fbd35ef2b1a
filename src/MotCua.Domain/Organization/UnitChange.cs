namespace MotCua.Domain.Organization;

/// <summary>One line of a unit's history: what changed, from what, to what, by whom.</summary>
public sealed class UnitChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UnitId { get; init; }

    public UnitChangeKind Kind { get; init; }

    public DateTimeOffset At { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    public required string ByUserName { get; init; }
}
