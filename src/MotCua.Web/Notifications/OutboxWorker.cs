using Microsoft.Extensions.Options;

namespace MotCua.Web.Notifications;

/// <summary>Runs the dispatcher on every node at the configured interval; the leases keep them from sending twice.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the worker: the messages stay in the outbox for the next tick.
                logger.LogError(e, "Outbox dispatch failed");
            }
        }
    }
}
