using System.Threading.RateLimiting;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Requests throttled per client address: sign-in, to slow password guessing (<c>Security:LoginsPerMinute</c>, 20
/// unless configured), and what anyone may do without an account — lookups by code, payments, ratings, password
/// reset codes — to slow
/// guessing codes and flooding (<c>Security:PublicRequestsPerMinute</c>, 60 unless configured), and anonymous
/// feedback submissions and votes against flooding (<c>Security:FeedbackPerMinute</c>, 5 unless configured; reading
/// pages and officers typing feedback in for citizens at the desk are not counted). Over the limit: 429.
/// </summary>
public static class Throttling
{
    public const string Login = "login";
    public const string Public = "public";
    public const string Feedback = "feedback";

    public static IServiceCollection AddMotCuaThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        var logins = configuration.GetValue("Security:LoginsPerMinute", 20);
        var requests = configuration.GetValue("Security:PublicRequestsPerMinute", 60);
        var feedback = configuration.GetValue("Security:FeedbackPerMinute", 5);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Login, http => PerClient(http, logins));
            o.AddPolicy(Public, http => PerClient(http, requests));
            o.AddPolicy(Feedback, http => HttpMethods.IsGet(http.Request.Method) || http.User.Identity?.IsAuthenticated == true
                ? RateLimitPartition.GetNoLimiter("not counted")
                : PerClient(http, feedback));
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, int permits) => RateLimitPartition.GetFixedWindowLimiter(
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
}
