using MotCua.Web.Common;

namespace MotCua.Web.Jobs;

/// <summary>Forgets expired answers to idempotent writes every <c>Jobs:IdempotencySweepInterval</c> (an hour unless configured), on one node at a time.</summary>
public sealed class IdempotencySweepWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<IdempotencySweepWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:IdempotencySweepInterval", TimeSpan.FromHours(1)), clock, logger)
{
    protected override string JobName => "Idempotency sweep";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<SweepIdempotencyRecords>().RunAsync(ct);
}
