using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;

namespace MotCua.Web.Notifications;

/// <summary>
/// <c>/health</c>'s "outbox" entry: degraded while a message has failed for good or the oldest pending one waits longer
/// than <see cref="NotificationOptions.StuckAfter"/> — the application still serves, but someone is not being told.
/// The counts go in the entry's data; no message's content or recipient does (the endpoint is public).
/// </summary>
public sealed class OutboxHealthCheck(MotCuaDbContext db, IOptions<NotificationOptions> options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var figures = await OutboxFigures.ReadAsync(db, options.Value.MaxAttempts, cancellationToken);
        var now = clock.GetUtcNow();
        var data = new Dictionary<string, object>
        {
            ["failed"] = figures.Failed,
            ["pending"] = figures.Pending,
            ["oldestPendingMinutes"] = figures.OldestPendingAt is { } oldest ? (int)(now - oldest).TotalMinutes : 0,
        };
        var description = $"{figures.Failed} failed, {figures.Pending} pending";
        return figures.Unwell(now, options.Value.StuckAfter)
            ? new HealthCheckResult(context.Registration.FailureStatus, description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
