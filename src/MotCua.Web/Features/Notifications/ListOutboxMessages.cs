using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Notifications;

/// <summary>
/// Tin nhắn chưa gửi: the messages that failed for good (<c>state=failed</c>, the default) or are still pending
/// (<c>state=pending</c>), oldest first, so that nothing is dropped without anyone seeing it; and the messages sent
/// (<c>state=sent</c>), newest first, with what the provider's delivery receipts said of them.
/// </summary>
public sealed class ListOutboxMessages(MotCuaDbContext db, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public const string FailedState = "failed";
    public const string PendingState = "pending";
    public const string SentState = "sent";

    public async Task<Outcome<Paged<OutboxMessageInfo>>> HandleAsync(string? state, PageRequest page, CancellationToken ct)
    {
        state ??= FailedState;
        if (state is not (FailedState or PendingState or SentState))
        {
            return Error.Validation("state", new Text($"Trạng thái phải là {FailedState}, {PendingState} hoặc {SentState}.", $"state must be {FailedState}, {PendingState} or {SentState}."));
        }

        var max = options.Value.MaxAttempts;
        var stuckBefore = clock.GetUtcNow() - options.Value.StuckAfter;
        var messages = db.OutboxMessages.AsNoTracking();
        var query = state switch
        {
            SentState => messages.Where(m => m.SentAt != null).OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id),
            FailedState => messages.Where(m => m.SentAt == null && (m.Attempts >= max || m.RefusedAt != null)).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id),
            _ => messages.Where(m => m.SentAt == null && m.Attempts < max && m.RefusedAt == null).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id),
        };
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Skip).Take(page.PageSize)
            .Select(m => new OutboxMessageInfo(m.Id, m.Key, m.Channel, m.Recipient, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.LastError,
                m.SentAt == null && (m.Attempts >= max || m.RefusedAt != null), m.SentAt == null && m.Attempts < max && m.RefusedAt == null && m.CreatedAt < stuckBefore,
                m.SentAt, m.ProviderMessageId, m.RefusedAt, m.DeliveredAt, m.DeliveryFailedAt, m.DeliveryError))
            .ToListAsync(ct);
        return new Paged<OutboxMessageInfo>(items, page.Page, page.PageSize, total);
    }
}
