using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MotCua.Web.Common;

/// <summary>
/// <c>/health</c> as JSON: the overall status (what a load balancer reads: 200 while healthy or degraded, 503 when
/// unhealthy) and each check's status, description and figures, for the operator who wants to know which part is unwell.
/// </summary>
public static class HealthReportJson
{
    public static HealthCheckOptions Options { get; } = new() { ResponseWriter = WriteAsync };

    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        });
}
