using MailKit.Security;
using MimeKit;

namespace MotCua.Web.Notifications;

/// <summary>
/// Section "Notifications:Email:Smtp": the mail server e-mail leaves through when <c>Notifications:Email:Provider</c> is
/// <c>smtp</c>. The password comes from the environment or a secret store, never from a file in the repository.
/// </summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>StartTls by default: a server that offers no TLS is refused rather than sent to in the clear.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "";

    public string FromName { get; set; } = "Bộ phận Một cửa";

    public bool IsValid => Host.Length > 0 && Port is > 0 and <= 65535 && MailboxAddress.TryParse(From, out _);
}
