using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Notifications;

/// <summary>
/// Queues a message to a person on each channel he gave (SMS to a phone, e-mail to an address), in the caller's unit of
/// work. The key names the announcement; the channel is appended, and the unique key keeps each one to a single send.
/// </summary>
public static class Outbox
{
    public static void Queue(MotCuaDbContext db, string key, Guid? dossierId, string? phone, string? email, string body, DateTimeOffset now)
    {
        foreach (var (channel, recipient) in Contacts(phone, email))
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Key = $"{key}|{channel}",
                DossierId = dossierId,
                Channel = channel,
                Recipient = recipient,
                Body = body,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
    }

    /// <summary>What waits to go by <paramref name="channel"/>: its unsent messages, failed ones included (a connection's queue length).</summary>
    public static Task<int> UnsentAsync(MotCuaDbContext db, string channel, CancellationToken ct) =>
        db.OutboxMessages.CountAsync(m => m.Channel == channel && m.SentAt == null, ct);

    private static IEnumerable<(string Channel, string Recipient)> Contacts(string? phone, string? email)
    {
        if (phone is { Length: > 0 })
        {
            yield return ("sms", phone);
        }

        if (email is { Length: > 0 })
        {
            yield return ("email", email);
        }
    }
}
