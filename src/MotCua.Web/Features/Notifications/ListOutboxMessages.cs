using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Notifications;

/// <summary>
/// Tin nhắn chưa gửi: the messages that failed for good (<c>state=failed</c>, the default) or are still pending
/// (<c>state=pending</c>), oldest first, with the outbox's counts, so that nothing is dropped without anyone seeing it.
/// </summary>
public sealed class ListOutboxMessages(MotCuaDbContext db, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public const string FailedState = "failed";
    public const string PendingState = "pending";

    public async Task<Outcome<Paged<OutboxMessageInfo>>> HandleAsync(string? state, PageRequest page, CancellationToken ct)
    {
        state ??= FailedState;
        if (state is not (FailedState or PendingState))
        {
            return Error.Validation("state", new Text($"Trạng thái phải là {FailedState} hoặc {PendingState}.", $"state must be {FailedState} or {PendingState}."));
        }

        var max = options.Value.MaxAttempts;
        var stuckBefore = clock.GetUtcNow() - options.Value.StuckAfter;
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null);
        query = state == FailedState ? query.Where(m => m.Attempts >= max) : query.Where(m => m.Attempts < max);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(m => new OutboxMessageInfo(m.Id, m.Key, m.Channel, m.Recipient, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.LastError, m.Attempts >= max, m.Attempts < max && m.CreatedAt < stuckBefore))
            .ToListAsync(ct);
        return new Paged<OutboxMessageInfo>(items, page.Page, page.PageSize, total);
    }
}
