using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Jobs;

/// <summary>
/// Runs the lateness watch every <c>Jobs:LatenessInterval</c> (15 minutes unless configured), on one node at a time;
/// the unique reminders make a repeated run harmless, and a failed run files nothing half-way (one SaveChanges).
/// </summary>
public sealed class LatenessWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<LatenessWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:LatenessInterval", TimeSpan.FromMinutes(15)), clock, logger)
{
    protected override string JobName => "Lateness watch";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<WatchLateness>().RunAsync(ct);
}
