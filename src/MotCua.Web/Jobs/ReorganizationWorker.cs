using MotCua.Web.Features.Organization;

namespace MotCua.Web.Jobs;

/// <summary>
/// Applies adopted reorganization acts on their effective day, checking every <c>Jobs:ReorganizationInterval</c> (an hour
/// unless configured), on one node at a time.
/// </summary>
public sealed class ReorganizationWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ReorganizationWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:ReorganizationInterval", TimeSpan.FromHours(1)), clock, logger)
{
    protected override string JobName => "Reorganization acts";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<AdoptReorganization>().ApplyDueAsync(ct);
}
