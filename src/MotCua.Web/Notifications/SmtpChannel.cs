using System.Text;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MotCua.Web.Notifications;

/// <summary>
/// E-mail through an SMTP server. A message counts as sent when the server accepted it (its 250 to DATA, which is
/// when MailKit's send returns); any refusal or lost connection throws, and the outbox tries again later. The
/// Message-Id is derived from the outbox message id, so a copy sent again after a lost answer is recognizably the
/// same message to the recipient's mail system. One connection per message: the outbox sends a few at a time.
/// </summary>
public sealed class SmtpChannel(IOptions<SmtpOptions> options, TimeProvider clock, ILogger<SmtpChannel> logger) : INotificationChannel
{
    /// <summary>A subject line longer than this is cut: mail programs show about this much.</summary>
    private const int SubjectLength = 120;

    public string Name => "email";

    public async Task<string?> SendAsync(Guid messageId, string recipient, string body, CancellationToken ct)
    {
        var settings = options.Value;
        using var message = Compose(settings, messageId, recipient, body);
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, ct);
        if (settings.UserName is { Length: > 0 })
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }

        var answer = await client.SendAsync(message, ct);
        logger.LogInformation("Notification {Id} by email to {Recipient} accepted by {Host}: {Answer}", messageId, recipient, settings.Host, answer);
        try
        {
            await client.DisconnectAsync(true, ct);
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or SmtpCommandException or OperationCanceledException)
        {
            // The server has taken the message already: a failed goodbye must not make the outbox send it again.
            logger.LogDebug(e, "Closing the SMTP connection after notification {Id} failed", messageId);
        }

        // SMTP has no delivery receipts to match an id against; the server's queue id, in its free-text answer, is logged above.
        return null;
    }

    private MimeMessage Compose(SmtpOptions settings, Guid messageId, string recipient, string body)
    {
        var message = new MimeMessage
        {
            MessageId = $"{messageId}@motcua",
            Date = clock.GetUtcNow(),
            Subject = Subject(body),
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(recipient));
        var text = new TextPart("plain");
        text.SetText(Encoding.UTF8, body);
        message.Body = text;
        return message;
    }

    /// <summary>The outbox holds one text per message, written for SMS as well; its first sentence says what it is about (the dossier and what happened).</summary>
    private static string Subject(string body)
    {
        var line = body.ReplaceLineEndings(" ");
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        var first = end < 0 ? line : line[..end];
        return first.Length <= SubjectLength ? first : first[..(SubjectLength - 1)] + "…";
    }
}
