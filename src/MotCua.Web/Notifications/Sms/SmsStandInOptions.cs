namespace MotCua.Web.Notifications.Sms;

/// <summary>
/// Section "Notifications:Sms:StandIn": Development's SMS gateway, on <see cref="Port"/> of the loopback address, keeping
/// each request it receives as a file in <see cref="Folder"/>, and posting a delivery receipt for each accepted message
/// to <see cref="ReceiptUrl"/> (a path of this site's public address, or an absolute URL) every <see cref="ReceiptInterval"/> (infinite: only when asked, as the tests do). A
/// <see cref="Common.StandIn"/>: Production refuses to start with it.
/// </summary>
public sealed class SmsStandInOptions
{
    public int Port { get; set; }

    public string Folder { get; set; } = "sms";

    public string ReceiptUrl { get; set; } = "/api/v1/notifications/sms/delivery-receipts";

    public TimeSpan ReceiptInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>How the stand-in answers a request it was told to fail: a server error, or the provider's refusal.</summary>
public enum SmsStandInFailure
{
    ServerError,
    Refusal,
}

/// <summary>One request as the stand-in received it, and the id it gave the message.</summary>
public sealed record ReceivedSms(string ProviderId, string Method, string Target, string? ContentType, string Body, DateTimeOffset At);
