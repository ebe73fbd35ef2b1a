namespace MotCua.Domain.Catalog;

/// <summary>
/// One version of a procedure: what changed, under which decision, by whom, with the full content
/// as it stood after the change so that any past version can be shown again.
/// </summary>
public sealed class ProcedureRevision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProcedureId { get; init; }

    public int Version { get; init; }

    public ProcedureChangeKind Kind { get; init; }

    public DateTimeOffset At { get; init; }

    public required string ByUserName { get; init; }

    public Publication? Publication { get; init; }

    public string? Note { get; init; }

    public required string Snapshot { get; init; }
}
