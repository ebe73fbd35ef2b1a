using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Jobs;

/// <summary>
/// Looks every <c>Jobs:DigestInterval</c> (10 minutes unless configured) whether this working morning's digest is
/// due, on one node at a time; the day's mark and the digests' keys keep a retry from queuing it twice.
/// </summary>
public sealed class DigestWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DigestWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:DigestInterval", TimeSpan.FromMinutes(10)), clock, logger)
{
    protected override string JobName => "Daily digest";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<SendDailyDigest>().RunAsync(ct);
}
