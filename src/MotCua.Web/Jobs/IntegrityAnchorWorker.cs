using MotCua.Web.Features.Integrity;

namespace MotCua.Web.Jobs;

/// <summary>
/// Writes yesterday's integrity anchor, checking every <c>Jobs:AnchorInterval</c> (an hour unless configured) whether it
/// is written; two nodes at once write it once.
/// </summary>
public sealed class IntegrityAnchorWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<IntegrityAnchorWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:AnchorInterval", TimeSpan.FromHours(1)), clock, logger)
{
    protected override string JobName => "Integrity anchor";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<AnchorDay>().RunAsync(ct);
}
