using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MotCua.Web.Common.Security;

/// <summary>Rate-limiter policies counted per client address in one-minute windows (sign-in, anonymous submissions).</summary>
public static class Throttle
{
    /// <summary>
    /// Adds the policy <paramref name="name"/>: <paramref name="permitsPerMinute"/> requests a minute per address;
    /// requests <paramref name="exempt"/> says yes to are not counted. Rejections answer 429 with a problem.
    /// </summary>
    public static IServiceCollection AddPerAddressLimit(this IServiceCollection services, string name, int permitsPerMinute, Func<HttpContext, bool>? exempt = null) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(name, http => exempt?.Invoke(http) == true
                ? RateLimitPartition.GetNoLimiter("exempt")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
}
