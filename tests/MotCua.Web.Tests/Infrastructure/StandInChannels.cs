using System.Collections.Concurrent;
using MotCua.Web.Notifications;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// Notification channels a test controls, shared by every node of a <see cref="TwoNodes"/> as one provider would be:
/// each records the message ids it delivered. <c>sms</c> delivers; <c>zalo</c> hangs on its first send until cancelled
/// (a provider that never answers) and delivers afterwards; <c>email</c> fails while <see cref="EmailFails"/>.
/// </summary>
public sealed class StandInChannels
{
    private readonly ConcurrentQueue<Guid> delivered = new();
    private TaskCompletionSource<int>? reached;
    private int reachedAt = int.MaxValue;
    private int hung;

    public IEnumerable<INotificationChannel> All => [new Channel("sms", this, Hang: false), new Channel("zalo", this, Hang: true), new Channel("email", this, Hang: false)];

    /// <summary>Completed when the hanging channel's first send has begun.</summary>
    public TaskCompletionSource HangBegun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool EmailFails { get; set; }

    public IReadOnlyList<Guid> Delivered => [.. delivered];

    /// <summary>Completed once <paramref name="count"/> deliveries in all were made (now, or later).</summary>
    public Task<int> DeliveredAsync(int count)
    {
        lock (delivered)
        {
            reached = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            reachedAt = count;
            if (delivered.Count >= count)
            {
                reached.TrySetResult(delivered.Count);
            }

            return reached.Task;
        }
    }

    public void Reset()
    {
        delivered.Clear();
        EmailFails = false;
    }

    private void Deliver(Guid id)
    {
        lock (delivered)
        {
            delivered.Enqueue(id);
            if (delivered.Count >= reachedAt)
            {
                reached?.TrySetResult(delivered.Count);
            }
        }
    }

    private sealed record Channel(string Name, StandInChannels Owner, bool Hang) : INotificationChannel
    {
        public async Task<string?> SendAsync(Guid messageId, string recipient, string body, CancellationToken ct)
        {
            if (Hang && Interlocked.Exchange(ref Owner.hung, 1) == 0)
            {
                Owner.HangBegun.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }

            if (Name == "email" && Owner.EmailFails)
            {
                throw new InvalidOperationException("Mail server refused the connection.");
            }

            Owner.Deliver(messageId);
            return null;
        }
    }
}
