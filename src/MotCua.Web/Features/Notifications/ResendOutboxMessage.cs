using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Notifications;

/// <summary>
/// Gửi lại: an administrator puts an unsent message back in line now, its attempts counted again from zero and a
/// refusal forgotten (the channel is repaired, the address corrected at its source, the SMS policy changed). A message already sent is refused: resending it would
/// tell the citizen twice.
/// </summary>
public sealed class ResendOutboxMessage(MotCuaDbContext db, TimeProvider clock)
{
    public static readonly Text MessageNoun = new("tin nhắn", "Message");

    public async Task<Outcome<Guid>> HandleAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await db.OutboxMessages.Where(m => m.Id == id && m.SentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, 0).SetProperty(m => m.RefusedAt, (DateTimeOffset?)null).SetProperty(m => m.NextAttemptAt, now), ct) == 1)
        {
            return id;
        }

        return await db.OutboxMessages.AnyAsync(m => m.Id == id, ct)
            ? Error.Conflict(new("Tin nhắn này đã được gửi.", "This message was sent already."))
            : Error.NotFound(MessageNoun, id.ToString());
    }
}
