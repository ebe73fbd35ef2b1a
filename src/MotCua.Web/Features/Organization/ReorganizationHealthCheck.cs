using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MotCua.Domain.Organization;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// <c>/health</c>'s "reorganizations" entry: degraded while an adopted act has come into force but the scheduled
/// application refused it. The office then works on a tree the law no longer has, which nobody would notice from a log line.
/// </summary>
public sealed class ReorganizationHealthCheck(MotCuaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var refused = await db.Reorganizations.CountAsync(r => r.Status == ReorganizationStatus.Adopted && r.FailedAt != null, cancellationToken);
        var data = new Dictionary<string, object> { ["refusedOnTheirDay"] = refused };
        var description = $"{refused} adopted acts refused on their day";
        return refused > 0 ? new HealthCheckResult(context.Registration.FailureStatus, description, data: data) : HealthCheckResult.Healthy(description, data);
    }
}
