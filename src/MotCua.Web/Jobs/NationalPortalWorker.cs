using Microsoft.Extensions.Options;
using MotCua.Web.Features.NationalPortal;

namespace MotCua.Web.Jobs;

/// <summary>
/// Sends changed dossier statuses to the national portal every <c>NationalPortal:Interval</c>, on one node at a time;
/// a status sent again after a failed run is made harmless by its code and version.
/// </summary>
public sealed class NationalPortalWorker(IServiceScopeFactory scopes, IOptions<NationalPortalOptions> options, TimeProvider clock, ILogger<NationalPortalWorker> logger)
    : PeriodicWorker(scopes, options.Value.Interval, clock, logger)
{
    protected override string JobName => "National portal synchronization";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<SynchronizeDossiers>().HandleAsync(ct);
}
