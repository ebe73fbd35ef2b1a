using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Connections;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Notifications;

/// <summary>
/// Sends what the outbox holds, a few messages at once. Each message is leased just before its own send, under a new
/// token, for longer than a send may take (<see cref="NotificationOptions.SendTimeout"/> &lt;
/// <see cref="NotificationOptions.Lease"/>); a send without an answer in time counts as failed, so one hung channel
/// holds one slot for a bounded time and never the rest. The outcome is recorded only while the token is still the
/// message's: a node whose lease lapsed and passed to another leaves the message to that one and does not try it again.
/// A failure is retried later with a growing delay, up to the configured attempts; then the message waits, failed, for
/// an administrator (<c>/Notifications</c>). A message the channel refuses for good (<see cref="NotificationRefusedException"/>)
/// waits for him at once. A sent message keeps the provider's id for it, which its delivery receipts name.
/// <para>
/// Delivery is at least once, not at most once: a send that timed out may still have reached the provider, and is
/// tried again. The channel gets the message id on every attempt as its idempotency key, so a provider that honours
/// one delivers it once; a lost message (at most once) would be worse for a citizen than a repeated one.
/// </para>
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, MotCuaDbContext db, IEnumerable<INotificationChannel> channels, IOptions<NotificationOptions> options, ConnectionJournal journal, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private const int Batch = 100;

    /// <summary>
    /// Sends what is due, a batch at a time, until a batch is not full or the run has lasted one interval. A backlog (a
    /// burst of intakes, a channel back from an outage) goes out in this run, not one batch a tick: at 100 messages every
    /// 15 s, the notices of a few minutes of the bench's intakes waited for hours (issue 19). A message that fails waits
    /// for its next attempt and a message another node holds is not due, so each batch is new work.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var started = clock.GetUtcNow();
        var sent = 0;
        while (true)
        {
            var (due, delivered) = await DispatchBatchAsync(ct);
            sent += delivered;
            if (due < Batch || Lasted(started) || ct.IsCancellationRequested)
            {
                return sent;
            }
        }
    }

    /// <summary>Whether the run has lasted its interval; a run with no interval (the workers off) goes on until done.</summary>
    private bool Lasted(DateTimeOffset started) => options.Value.Interval > TimeSpan.Zero && clock.GetUtcNow() - started >= options.Value.Interval;

    private async Task<(int Due, int Sent)> DispatchBatchAsync(CancellationToken ct)
    {
        var due = await db.OutboxMessages.AsNoTracking().Where(Due(clock.GetUtcNow(), options.Value.MaxAttempts))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        var sent = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = ct }, async (id, token) =>
        {
            // A context per message: the sends run side by side.
            await using var scope = scopes.CreateAsyncScope();
            if (await DeliverAsync(scope.ServiceProvider.GetRequiredService<MotCuaDbContext>(), id, token))
            {
                Interlocked.Increment(ref sent);
            }
        });
        return (due.Count, sent);
    }

    private static Expression<Func<OutboxMessage, bool>> Due(DateTimeOffset now, int maxAttempts) =>
        m => m.SentAt == null && m.RefusedAt == null && m.Attempts < maxAttempts && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now);

    private async Task<bool> DeliverAsync(MotCuaDbContext context, Guid id, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        if (await context.OutboxMessages.Where(m => m.Id == id).Where(Due(now, settings.MaxAttempts))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, now + settings.Lease).SetProperty(m => m.LeaseToken, token), ct) == 0)
        {
            return false;
        }

        var message = await context.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        var held = context.OutboxMessages.Where(m => m.Id == id && m.LeaseToken == token);
        string? providerId;
        try
        {
            providerId = await SendAsync(message, settings.SendTimeout, ct);
        }
        catch (NotificationRefusedException e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Notification {Id} by {Channel} refused for good: {Reason}", id, message.Channel, e.Message);
            await held.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.RefusedAt, clock.GetUtcNow())
                .SetProperty(m => m.LastError, Limit(e.Message))
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LeaseToken, (Guid?)null), CancellationToken.None);
            return false;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var attempt = message.Attempts + 1;
            var error = e is TimeoutException ? $"No answer from the {message.Channel} channel within {settings.SendTimeout}." : e.Message;
            logger.LogWarning(e, "Notification {Id} by {Channel} failed (attempt {Attempt} of {MaxAttempts})", id, message.Channel, attempt, settings.MaxAttempts);
            await held.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempt)
                .SetProperty(m => m.NextAttemptAt, clock.GetUtcNow() + TimeSpan.FromMinutes(Math.Pow(2, message.Attempts)))
                .SetProperty(m => m.LastError, Limit(error))
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LeaseToken, (Guid?)null), CancellationToken.None);
            await journal.FailedAsync(message.Channel, error, CancellationToken.None);
            return false;
        }

        await journal.SucceededAsync(message.Channel, CancellationToken.None);

        // Recorded even when the node is stopping: the message went, and no node must send it again.
        if (await held.ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, clock.GetUtcNow()).SetProperty(m => m.ProviderMessageId, providerId)
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null).SetProperty(m => m.LeaseToken, (Guid?)null), CancellationToken.None) == 0)
        {
            logger.LogWarning("Notification {Id} by {Channel} was sent after its lease passed to another node, which may send it again under the same id", id, message.Channel);
            return false;
        }

        return true;
    }

    private static string Limit(string error) => error.Length > 1000 ? error[..1000] : error;

    /// <summary>The channel's send, given up after <paramref name="timeout"/> (cancelled then, for a channel that listens); the provider's id for the message.</summary>
    private async Task<string?> SendAsync(OutboxMessage message, TimeSpan timeout, CancellationToken ct)
    {
        var channel = channels.FirstOrDefault(c => c.Name == message.Channel)
            ?? throw new InvalidOperationException($"No notification channel named {message.Channel}.");
        using var send = CancellationTokenSource.CreateLinkedTokenSource(ct);
        try
        {
            var providerId = await channel.SendAsync(message.Id, message.Recipient, message.Body, send.Token).WaitAsync(timeout, clock, ct);
            return providerId is { Length: > 100 } ? providerId[..100] : providerId;
        }
        finally
        {
            await send.CancelAsync();
        }
    }
}
