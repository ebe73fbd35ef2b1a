using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Connections;
using MotCua.Web.Data;

namespace MotCua.Web.Notifications.Sms;

/// <summary>SMS as <c>/Connections</c> shows it: the brand-name gateway it leaves through, or the notification log when none is configured.</summary>
public sealed class SmsConnection(IEnumerable<INotificationChannel> channels, IConfiguration configuration, IOptions<SmsOptions> sms,
    IOptions<NotificationOptions> notifications, ConnectionJournal journal) : IConnection
{
    public const string Channel = "sms";

    private readonly INotificationChannel channel = channels.Single(c => c.Name == Channel);

    public string Key => Channel;

    public Text Title => new("Tin nhắn SMS (brandname)", "SMS (brand name)");

    public string Mode => channel is HttpSmsChannel ? "http" : "log";

    public bool IsOffline => channel is not HttpSmsChannel || configuration[$"{SmsOptions.Section}:StandIn:Port"] is { Length: > 0 };

    public IReadOnlyList<ConnectionSetting> Settings => channel is HttpSmsChannel ? HttpSettings(sms.Value) : [ConnectionSetting.Plain("Notifications:LogFile", notifications.Value.LogFile)];

    public async Task<int?> QueueLengthAsync(MotCuaDbContext db, CancellationToken ct) => await Outbox.UnsentAsync(db, Channel, ct);

    public async Task<Outcome<Text>> SendTestAsync(string? recipient, CancellationToken ct)
    {
        if (!PhoneNumber.TryNormalize(recipient, out var phone))
        {
            return Error.Validation("recipient", new("Nhập số điện thoại di động để gửi thử.", "Enter a mobile phone number to send the test to."));
        }

        var sent = await journal.ExchangeAsync(Key, () => channel.SendAsync(Guid.NewGuid(), phone, "Tin nhắn gửi thử từ MotCua. Kết nối SMS đã hoạt động.", ct),
            new("Cổng SMS không nhận tin gửi thử: {0}", "The SMS gateway did not accept the test: {0}"));
        if (sent.Failed)
        {
            return sent.Error;
        }

        return Mode == "http"
            ? new Text("Cổng SMS đã nhận tin gửi thử tới {0} (mã tin {1}).", "The SMS gateway accepted the test to {0} (message id {1}).").Format(phone, sent.Value ?? "—")
            : new Text("Tin gửi thử đã được ghi vào {0} (chưa cấu hình cổng SMS).", "The test was written to {0} (no SMS gateway configured).").Format(notifications.Value.LogFile);
    }

    private static ConnectionSetting[] HttpSettings(SmsOptions options) =>
    [
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:Url", options.Http.Url),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:Method", options.Http.Method),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:ContentType", options.Http.ContentType),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:BodyTemplate", options.Http.BodyTemplate),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:BrandName", options.Http.BrandName),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:AuthHeader", options.Http.AuthHeader),
        ConnectionSetting.SecretOf($"{SmsOptions.Section}:Http:AuthValue", options.Http.AuthValue),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:MessageIdPath", options.Http.MessageIdPath),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:AcceptedStatuses", string.Join(", ", options.Http.AcceptedStatuses is [] ? [200, 201, 202] : options.Http.AcceptedStatuses)),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:AcceptedField", options.Http.AcceptedField.Length > 0 ? $"{options.Http.AcceptedField} = {options.Http.AcceptedValue}" : ""),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Http:Timeout", options.Http.Timeout),
        ConnectionSetting.Plain($"{SmsOptions.Section}:PhoneFormat", options.PhoneFormat),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Text:Unaccented", options.Text.Unaccented),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Text:LongMessages", options.Text.LongMessages),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Text:MaxParts", options.Text.MaxParts),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Receipts:Authentication", options.Receipts.Authentication),
        ConnectionSetting.Plain($"{SmsOptions.Section}:Receipts:Header", options.Receipts.Header),
        ConnectionSetting.SecretOf($"{SmsOptions.Section}:Receipts:Secret", options.Receipts.Secret),
    ];
}
