using Microsoft.Extensions.Options;
using MotCua.Web.Jobs;

namespace MotCua.Web.Notifications;

/// <summary>Runs the dispatcher at the configured interval, on one node at a time; each message's own lease keeps a node whose run outlived its job lease from sending what another sends, and a failed message stays in the outbox for a later tick; then the alert looks whether the outbox is unwell.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger)
    : PeriodicWorker(scopes, options.Value.Interval, clock, logger)
{
    protected override string JobName => "Outbox dispatch";

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(ct);
        await services.GetRequiredService<OutboxAlert>().RunAsync(ct);
    }
}
