using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Jobs;

/// <summary>
/// Runs the lateness watch every <c>Jobs:LatenessInterval</c> (15 minutes unless configured) on
/// every node; the unique reminders make the runs safe to repeat.
/// </summary>
public sealed class LatenessWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<LatenessWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Jobs:LatenessInterval", TimeSpan.FromMinutes(15)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<WatchLateness>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a failed run files nothing half-way (one SaveChanges).
                logger.LogError(e, "Lateness watch failed");
            }
        }
    }
}
