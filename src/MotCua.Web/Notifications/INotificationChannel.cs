namespace MotCua.Web.Notifications;

/// <summary>A way to reach an applicant (SMS, Zalo, e-mail); providers plug in here (DOMAIN.md §5).</summary>
public interface INotificationChannel
{
    /// <summary>sms, zalo or email: the channel names the outbox stores.</summary>
    string Name { get; }

    Task SendAsync(string recipient, string body, CancellationToken ct);
}
