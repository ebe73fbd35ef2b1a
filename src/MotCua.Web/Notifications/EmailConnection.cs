using Microsoft.Extensions.Options;
using MimeKit;
using MotCua.Web.Common;
using MotCua.Web.Connections;
using MotCua.Web.Data;

namespace MotCua.Web.Notifications;

/// <summary>E-mail as <c>/Connections</c> shows it: the SMTP server it leaves through, or the notification log when none is configured.</summary>
public sealed class EmailConnection(IEnumerable<INotificationChannel> channels, IConfiguration configuration, IOptions<SmtpOptions> smtp,
    IOptions<NotificationOptions> notifications, ConnectionJournal journal) : IConnection
{
    public const string Channel = "email";

    private readonly INotificationChannel channel = channels.Single(c => c.Name == Channel);

    public string Key => Channel;

    public Text Title => new("Thư điện tử (SMTP)", "E-mail (SMTP)");

    public string Mode => channel is SmtpChannel ? "smtp" : "log";

    public bool IsOffline => channel is not SmtpChannel || configuration["Notifications:Email:StandIn:Port"] is { Length: > 0 };

    public IReadOnlyList<ConnectionSetting> Settings => channel is SmtpChannel
        ?
        [
            ConnectionSetting.Plain("Notifications:Email:Smtp:Host", smtp.Value.Host),
            ConnectionSetting.Plain("Notifications:Email:Smtp:Port", smtp.Value.Port),
            ConnectionSetting.Plain("Notifications:Email:Smtp:Security", smtp.Value.Security),
            ConnectionSetting.Plain("Notifications:Email:Smtp:UserName", smtp.Value.UserName),
            ConnectionSetting.SecretOf("Notifications:Email:Smtp:Password", smtp.Value.Password),
            ConnectionSetting.Plain("Notifications:Email:Smtp:From", smtp.Value.From),
        ]
        : [ConnectionSetting.Plain("Notifications:LogFile", notifications.Value.LogFile)];

    public async Task<int?> QueueLengthAsync(MotCuaDbContext db, CancellationToken ct) => await Outbox.UnsentAsync(db, Channel, ct);

    public async Task<Outcome<Text>> SendTestAsync(string? recipient, CancellationToken ct)
    {
        if (recipient is null || !MailboxAddress.TryParse(recipient.Trim(), out _) || !recipient.Contains('@', StringComparison.Ordinal))
        {
            return Error.Validation("recipient", new("Nhập địa chỉ thư điện tử để gửi thử.", "Enter an e-mail address to send the test to."));
        }

        var sent = await journal.ExchangeAsync(Key, () => channel.SendAsync(Guid.NewGuid(), recipient.Trim(), "Thư gửi thử từ MotCua. Nếu nhận được thư này, kết nối thư điện tử đã hoạt động.", ct),
            new("Máy chủ thư không nhận thư gửi thử: {0}", "The mail server did not accept the test: {0}"));
        if (sent.Failed)
        {
            return sent.Error;
        }

        return Mode == "smtp"
            ? new Text("Máy chủ thư {0} đã nhận thư gửi thử tới {1}.", "The mail server {0} accepted the test to {1}.").Format(smtp.Value.Host, recipient.Trim())
            : new Text("Thư gửi thử tới {1} đã được ghi vào {0} (chưa cấu hình máy chủ thư).", "The test to {1} was written to {0} (no mail server configured).").Format(notifications.Value.LogFile, recipient.Trim());
    }
}
