namespace MotCua.Web.Features.Notifications;

/// <summary>
/// An unsent message as the administrator sees it: what it announces (its key), to whom by which channel, how many
/// attempts it had and the last error. <c>Failed</c>: it used up its attempts and waits for a resend; <c>Stuck</c>: still
/// pending longer than <c>Notifications:StuckAfter</c>.
/// </summary>
public sealed record OutboxMessageInfo(
    Guid Id, string Key, string Channel, string Recipient, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, bool Failed, bool Stuck);
