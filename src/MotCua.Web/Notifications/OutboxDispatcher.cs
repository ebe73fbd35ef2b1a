using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;

namespace MotCua.Web.Notifications;

/// <summary>
/// Sends what the outbox holds: each due message is first leased with a conditional update (only
/// one node wins it), sent through its channel, then marked sent; a failure is retried later with
/// a growing delay, up to the configured number of attempts.
/// </summary>
public sealed class OutboxDispatcher(MotCuaDbContext db, IEnumerable<INotificationChannel> channels, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private const int Batch = 100;

    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var maxAttempts = options.Value.MaxAttempts;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.Attempts < maxAttempts && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Take(Batch).ToListAsync(ct);
        var sent = 0;
        foreach (var message in due)
        {
            var leased = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.SentAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, now + Lease), ct);
            if (leased == 1 && await SendAsync(message.Id, message.Channel, message.Recipient, message.Body, message.Attempts, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(Guid id, string channelName, string recipient, string body, int attempts, CancellationToken ct)
    {
        var channel = channels.FirstOrDefault(c => c.Name == channelName);
        try
        {
            if (channel is null)
            {
                throw new InvalidOperationException($"No notification channel named {channelName}.");
            }

            await channel.SendAsync(recipient, body, ct);
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, clock.GetUtcNow()).SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Notification {Id} by {Channel} failed (attempt {Attempt})", id, channelName, attempts + 1);
            var retryAt = clock.GetUtcNow() + TimeSpan.FromMinutes(Math.Pow(2, attempts));
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts + 1)
                .SetProperty(m => m.NextAttemptAt, retryAt)
                .SetProperty(m => m.LastError, e.Message.Length > 1000 ? e.Message[..1000] : e.Message)
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
            return false;
        }
    }
}
