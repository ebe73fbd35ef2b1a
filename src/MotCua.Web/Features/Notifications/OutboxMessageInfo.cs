namespace MotCua.Web.Features.Notifications;

/// <summary>
/// A message as the administrator sees it: what it announces (its key), to whom by which channel, how many attempts it
/// had and the last error. <c>Failed</c>: it used up its attempts, or the channel refused it for good (<c>RefusedAt</c>),
/// and it waits for a resend; <c>Stuck</c>: still pending longer than <c>Notifications:StuckAfter</c>. Once sent: the
/// provider's id for it and what its delivery receipt said (<c>DeliveredAt</c>, or <c>DeliveryFailedAt</c> and why).
/// </summary>
public sealed record OutboxMessageInfo(
    Guid Id, string Key, string Channel, string Recipient, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, bool Failed, bool Stuck,
    DateTimeOffset? SentAt, string? ProviderMessageId, DateTimeOffset? RefusedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? DeliveryFailedAt, string? DeliveryError);
