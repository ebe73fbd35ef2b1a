namespace MotCua.Web.Jobs;

/// <summary>
/// Runs a periodic job every <c>TJob.IntervalSetting</c> (15 minutes unless configured) on every node, each run in its
/// own scope; a failed run is logged and the next tick tries again.
/// </summary>
public sealed class PeriodicWorker<TJob>(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<PeriodicWorker<TJob>> logger) : BackgroundService
    where TJob : class, IPeriodicJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue(TJob.IntervalSetting, TimeSpan.FromMinutes(15)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a failed run files nothing half-way (one SaveChanges).
                logger.LogError(e, "{Job} failed", typeof(TJob).Name);
            }
        }
    }
}
