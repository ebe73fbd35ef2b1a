namespace MotCua.Web.Notifications.Sms;

/// <summary>
/// Section "Notifications:Sms": <c>Provider</c> <c>log</c> (default: SMS is written to the notification log) or
/// <c>http</c> (sent to the brand-name SMS gateway that <see cref="Http"/> describes); how texts are fitted to SMS
/// (<see cref="Text"/>), how numbers are written (<see cref="PhoneFormat"/>), and how the gateway's delivery receipts
/// are recognized (<see cref="Receipts"/>). Secrets (<c>Http:AuthValue</c>, <c>Receipts:Secret</c>) come from the
/// environment, never from a file in the repository.
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "Notifications:Sms";

    public string Provider { get; set; } = "log";

    public SmsHttpOptions Http { get; set; } = new();

    public SmsTextOptions Text { get; set; } = new();

    public SmsPhoneFormat PhoneFormat { get; set; } = SmsPhoneFormat.International;

    public SmsReceiptOptions Receipts { get; set; } = new();
}

/// <summary>How the gateway wants numbers: <c>84912345678</c>, <c>0912345678</c> or <c>+84912345678</c>.</summary>
public enum SmsPhoneFormat
{
    International,
    National,
    E164,
}

/// <summary>
/// The gateway's request and answer. <see cref="Url"/> and <see cref="BodyTemplate"/> hold placeholders, each escaped for
/// where it stands (the URL, JSON, a form, XML): <c>{phone}</c>, <c>{text}</c>, <c>{reference}</c> (the outbox message id,
/// the same on every attempt: the client reference a provider de-duplicates by), <c>{brand}</c>, <c>{parts}</c> (how
/// many SMS the text takes), <c>{unicode}</c> (1 when the text goes as UCS-2, else 0) and <c>{auth}</c> (the secret, for
/// providers that want it in the body). An answer is accepted when its status is one of <see cref="AcceptedStatuses"/>
/// and, when <see cref="AcceptedField"/> is set, that field of it holds <see cref="AcceptedValue"/>; the provider's id
/// for the message is read at <see cref="MessageIdPath"/>. Paths name a JSON property (<c>data.id</c>,
/// <c>results[0].msgId</c>), a form field, or XML elements by local name (<c>Envelope.Body.Response.result</c>).
/// </summary>
public sealed class SmsHttpOptions
{
    public string Url { get; set; } = "";

    public string Method { get; set; } = "POST";

    public string ContentType { get; set; } = "application/json";

    public string BodyTemplate { get; set; } = "";

    public string BrandName { get; set; } = "";

    /// <summary>The header that carries <see cref="AuthValue"/> (Authorization, X-Api-Key…); empty when the body carries it.</summary>
    public string AuthHeader { get; set; } = "";

    public string? AuthValue { get; set; }

    /// <summary>Other headers the gateway wants, not secret (a SOAPAction, an Accept).</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    public string MessageIdPath { get; set; } = "";

    /// <summary>Empty: 200, 201 and 202. (Not a default in the array: the configuration binder appends to one.)</summary>
    public int[] AcceptedStatuses { get; set; } = [];

    public string AcceptedField { get; set; } = "";

    public string AcceptedValue { get; set; } = "";

    /// <summary>How long the gateway may take to answer; shorter than <c>Notifications:SendTimeout</c>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool Accepts(int status) => AcceptedStatuses is [] ? status is 200 or 201 or 202 : AcceptedStatuses.Contains(status);
}

/// <summary>
/// How a text is fitted to SMS: <see cref="Unaccented"/> removes Vietnamese diacritics first (many brand-name providers
/// require it; the text then usually goes as GSM-7, 160 characters an SMS rather than 70). A text longer than one SMS is
/// sent whole for the provider to concatenate (<see cref="SmsLongMessages.Split"/>, <c>{parts}</c> telling it how many) or
/// refused (<see cref="SmsLongMessages.Refuse"/>); either way no more than <see cref="MaxParts"/>. A refused text is
/// not retried: the outbox shows it failed, with the reason.
/// </summary>
public sealed class SmsTextOptions
{
    public bool Unaccented { get; set; }

    public SmsLongMessages LongMessages { get; set; } = SmsLongMessages.Split;

    public int MaxParts { get; set; } = 3;
}

public enum SmsLongMessages
{
    Split,
    Refuse,
}

/// <summary>
/// Delivery receipts the gateway posts to <c>/api/v1/notifications/sms/delivery-receipts</c>: how it proves itself
/// (<see cref="Authentication"/>: the shared <see cref="Secret"/> in <see cref="Header"/>, or there an HMAC-SHA256 of the
/// body keyed with it, hexadecimal or Base64), and where the receipt (JSON, form or XML) holds the provider's message id,
/// the status and the reason. Statuses in <see cref="DeliveredValues"/> or <see cref="FailedValues"/> are recorded;
/// others (accepted by the operator, en route) are acknowledged and ignored. Without a secret, receipts are refused.
/// </summary>
public sealed class SmsReceiptOptions
{
    public SmsReceiptAuthentication Authentication { get; set; } = SmsReceiptAuthentication.Secret;

    public string Header { get; set; } = "X-Receipt-Secret";

    public string? Secret { get; set; }

    public string MessageIdField { get; set; } = "messageId";

    public string StatusField { get; set; } = "status";

    public string ReasonField { get; set; } = "";

    /// <summary>Empty: DELIVRD or delivered (the SMPP receipt's stat, or a word), in any case.</summary>
    public string[] DeliveredValues { get; set; } = [];

    /// <summary>Empty: UNDELIV, EXPIRED, REJECTD, DELETED or failed, in any case.</summary>
    public string[] FailedValues { get; set; } = [];

    public bool IsDelivered(string status) => In(DeliveredValues is [] ? ["DELIVRD", "delivered"] : DeliveredValues, status);

    public bool IsFailed(string status) => In(FailedValues is [] ? ["UNDELIV", "EXPIRED", "REJECTD", "DELETED", "failed"] : FailedValues, status);

    private static bool In(string[] values, string status) => values.Contains(status, StringComparer.OrdinalIgnoreCase);
}

public enum SmsReceiptAuthentication
{
    Secret,
    HmacSha256,
}
