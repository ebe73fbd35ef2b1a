namespace MotCua.Web.Notifications;

/// <summary>Section "Notifications": where the offline channel writes, and how often the dispatcher looks.</summary>
public sealed class NotificationOptions
{
    public string LogFile { get; set; } = "logs/notifications.log";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    public int MaxAttempts { get; set; } = 8;
}
