namespace MotCua.Web.Data.Entities;

/// <summary>
/// A message to an applicant or an officer, written in the same transaction as the change it announces (the
/// transactional outbox), then sent by the dispatcher. <see cref="Key"/> is unique: the same announcement is never
/// queued twice; <see cref="SentAt"/> is set once, by the lease's holder. A message that used up its attempts stays,
/// unsent, for an administrator to see and resend.
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

    /// <summary>A node sending the message holds it until this instant; then another node may take it.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }

    /// <summary>
    /// Who holds the lease: a new value each time a node takes it, and the condition of marking the message sent or
    /// failed, so that a node whose lease lapsed and passed to another cannot record its outcome over the other's.
    /// </summary>
    public Guid? LeaseToken { get; set; }
}
