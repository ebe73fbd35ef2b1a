using Microsoft.Extensions.Options;
using MotCua.Web.Jobs;

namespace MotCua.Web.Notifications;

/// <summary>Runs the dispatcher on every node at the configured interval; the leases keep them from sending twice, and the messages stay in the outbox for the next tick after a failure.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger)
    : PeriodicWorker(scopes, options.Value.Interval, clock, logger)
{
    protected override string JobName => "Outbox dispatch";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(ct);
}
