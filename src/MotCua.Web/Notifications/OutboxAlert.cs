using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Domain.Organization;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Notifications;

/// <summary>
/// Raises the alarm when the outbox is unwell (<see cref="OutboxFigures.Unwell"/>): a warning in the log with the
/// counts, and one e-mail to each administrator with an address, once per episode. An episode is named by its oldest
/// problem message: it lasts while that one waits, so a long outage sends one e-mail, not one a run; its key in the
/// outbox keeps two nodes from sending it twice. (Through the outbox itself: when e-mail is what fails, the log remains.)
/// </summary>
public sealed class OutboxAlert(MotCuaDbContext db, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<OutboxAlert> logger)
{
    private const string KeyPrefix = "outbox-alert|";

    /// <summary>True when this run opened a new episode (and logged and queued its alert).</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var figures = await OutboxFigures.ReadAsync(db, settings.MaxAttempts, ct);
        if (!figures.Unwell(now, settings.StuckAfter))
        {
            return false;
        }

        var first = await db.OutboxMessages.AsNoTracking().Where(OutboxFigures.Problem(settings.MaxAttempts, now, settings.StuckAfter))
            .Where(m => !m.Key.StartsWith(KeyPrefix)).OrderBy(m => m.CreatedAt).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        var episode = $"{KeyPrefix}{first:N}";
        if (first is null || await db.OutboxMessages.AnyAsync(m => m.Key.StartsWith(episode), ct))
        {
            return false;
        }

        logger.LogWarning("The outbox holds {Failed} failed and {Pending} pending messages, the oldest pending since {OldestPendingAt}",
            figures.Failed, figures.Pending, figures.OldestPendingAt);
        var administrators = await db.Officers.AsNoTracking()
            .Where(o => o.IsActive && o.Email != null && o.Email != "" && o.Roles.Any(r => r.Role == Role.Administrator))
            .Select(o => new { o.UserName, o.Email }).ToListAsync(ct);
        var body = $"Hộp thư đi của phần mềm Một cửa có {figures.Failed} tin không gửi được và {figures.Pending} tin đang chờ gửi. " +
            "Xem và gửi lại tại trang Tin nhắn chưa gửi (/Notifications).";
        foreach (var administrator in administrators)
        {
            Outbox.Queue(db, $"{episode}|{administrator.UserName}", null, null, administrator.Email, body, now);
        }

        // The episode's record, written as sent to the log: it marks the episode even when no administrator has an
        // address, so that the warning is not logged again every run.
        db.OutboxMessages.Add(new OutboxMessage { Key = episode, Channel = "log", Recipient = "", Body = body, CreatedAt = now, NextAttemptAt = now, SentAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node opened the episode at the same moment.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
