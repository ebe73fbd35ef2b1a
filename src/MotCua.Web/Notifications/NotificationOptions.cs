namespace MotCua.Web.Notifications;

/// <summary>
/// Section "Notifications": where the offline channel writes, how often the dispatcher looks, how long one send may
/// take and how many run at once, and when the outbox counts as unwell (health check, alert).
/// </summary>
public sealed class NotificationOptions
{
    public string LogFile { get; set; } = "logs/notifications.log";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    public int MaxAttempts { get; set; } = 8;

    /// <summary>A send with no answer by then counts as failed (and is retried); shorter than <see cref="Lease"/>.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a node holds a message it is sending before another node may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Messages sent at once by one node, so that a slow one does not hold the others.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>A message still unsent this long after it was queued makes the outbox unwell.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(30);
}
