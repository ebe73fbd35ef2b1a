namespace MotCua.Web.Notifications;

/// <summary>A way to reach an applicant (SMS, Zalo, e-mail); providers plug in here (DOMAIN.md §5).</summary>
public interface INotificationChannel
{
    /// <summary>sms, zalo or email: the channel names the outbox stores.</summary>
    string Name { get; }

    /// <summary>
    /// Delivers one message and answers the provider's id for it, when the provider gives one (its delivery receipts
    /// name the message by it). <paramref name="messageId"/> is the same on every attempt of this message: a provider's
    /// idempotency key (or client reference), so that an attempt repeated after a timeout whose first try did reach
    /// the provider is not delivered twice. The outbox sends at least once; only the provider can make it exactly once.
    /// Throws <see cref="NotificationRefusedException"/> for a message that no later attempt could send either.
    /// </summary>
    Task<string?> SendAsync(Guid messageId, string recipient, string body, CancellationToken ct);
}
