using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Notifications;

/// <summary>
/// What the outbox holds that needs an eye: messages that used up their attempts or were refused for good (failed), messages still to send
/// (pending), and since when the oldest of these waits. Read by the health check, the alert and the administrator's page.
/// </summary>
public sealed record OutboxFigures(int Failed, int Pending, DateTimeOffset? OldestPendingAt)
{
    /// <summary>Failed messages, or a pending one older than <paramref name="stuckAfter"/>.</summary>
    public bool Unwell(DateTimeOffset now, TimeSpan stuckAfter) => Failed > 0 || OldestPendingAt < now - stuckAfter;

    public static async Task<OutboxFigures> ReadAsync(MotCuaDbContext db, int maxAttempts, CancellationToken ct)
    {
        var unsent = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null);
        var pending = unsent.Where(m => m.Attempts < maxAttempts && m.RefusedAt == null);
        return new(
            await unsent.CountAsync(m => m.Attempts >= maxAttempts || m.RefusedAt != null, ct),
            await pending.CountAsync(ct),
            await pending.MinAsync(m => (DateTimeOffset?)m.CreatedAt, ct));
    }

    /// <summary>Messages that used up their attempts or were refused, or still pending after <paramref name="stuckAfter"/>.</summary>
    public static Expression<Func<OutboxMessage, bool>> Problem(int maxAttempts, DateTimeOffset now, TimeSpan stuckAfter)
    {
        var queuedBefore = now - stuckAfter;
        return m => m.SentAt == null && (m.Attempts >= maxAttempts || m.RefusedAt != null || m.CreatedAt < queuedBefore);
    }
}
