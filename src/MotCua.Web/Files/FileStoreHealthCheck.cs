using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MotCua.Web.Files;

/// <summary>/health's entry for the file store: unhealthy when it cannot take a file, as an upload would find it.</summary>
public sealed class FileStoreHealthCheck(IFileStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The file store cannot take a file.", e);
        }
    }
}
