namespace MotCua.Web.Jobs;

/// <summary>
/// A job run on every node at a fixed interval of the injected clock, each run in its own scope; what makes the
/// runs safe to repeat on many nodes (unique rows, leases) is the job's own business.
/// </summary>
public abstract class PeriodicWorker(IServiceScopeFactory scopes, TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract string JobName { get; }

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the worker: the next tick tries again.
                logger.LogError(e, "{Job} failed", JobName);
            }
        }
    }
}
