using Microsoft.Extensions.Options;
using MotCua.Web.Features.NationalPortal;

namespace MotCua.Web.Jobs;

/// <summary>
/// Sends changed dossier statuses to the national portal every <c>NationalPortal:Interval</c> on every node; two nodes
/// may send one status twice, which its code and version make harmless, and record it once.
/// </summary>
public sealed class NationalPortalWorker(IServiceScopeFactory scopes, IOptions<NationalPortalOptions> options, TimeProvider clock, ILogger<NationalPortalWorker> logger)
    : PeriodicWorker(scopes, options.Value.Interval, clock, logger)
{
    protected override string JobName => "National portal synchronization";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<SynchronizeDossiers>().HandleAsync(ct);
}
