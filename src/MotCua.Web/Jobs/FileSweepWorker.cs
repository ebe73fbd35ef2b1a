using MotCua.Web.Files;

namespace MotCua.Web.Jobs;

/// <summary>
/// Sweeps the file store of files no row names every <c>Jobs:FileSweepInterval</c> (six hours unless configured), on
/// one node at a time.
/// </summary>
public sealed class FileSweepWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<FileSweepWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:FileSweepInterval", TimeSpan.FromHours(6)), clock, logger)
{
    protected override string JobName => "File sweep";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<SweepUnnamedFiles>().RunAsync(ct);
}
