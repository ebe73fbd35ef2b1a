namespace MotCua.Web.Data.Entities;

/// <summary>
/// A message to an applicant, written in the same transaction as the change it announces (the
/// transactional outbox), then sent by the dispatcher. <see cref="Key"/> is unique: the same
/// announcement is never queued twice; <see cref="SentAt"/> set once: never sent twice.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Key { get; init; }

    public Guid? DossierId { get; init; }

    public required string Channel { get; init; }

    public required string Recipient { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>A node working on the message holds it until this instant, so two nodes never send it both.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }
}
