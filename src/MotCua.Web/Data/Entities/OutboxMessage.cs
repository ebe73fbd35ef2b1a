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

    /// <summary>The provider's own id for the message, from its answer to the send: what its delivery receipts name.</summary>
    public string? ProviderMessageId { get; set; }

    /// <summary>
    /// Set when the channel refused the message for good before sending it (an SMS longer than the provider takes, a
    /// number it cannot reach): it is not tried again until an administrator resends it; <see cref="LastError"/> says why.
    /// </summary>
    public DateTimeOffset? RefusedAt { get; set; }

    /// <summary>When the provider reported the message delivered to the recipient's device (its delivery receipt).</summary>
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>When the provider reported that the message, sent, could not be delivered; <see cref="DeliveryError"/> says why.</summary>
    public DateTimeOffset? DeliveryFailedAt { get; set; }

    public string? DeliveryError { get; set; }

    /// <summary>A node sending the message holds it until this instant; then another node may take it.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }

    /// <summary>
    /// Who holds the lease: a new value each time a node takes it, and the condition of marking the message sent or
    /// failed, so that a node whose lease lapsed and passed to another cannot record its outcome over the other's.
    /// </summary>
    public Guid? LeaseToken { get; set; }
}
