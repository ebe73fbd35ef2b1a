using System.Threading.RateLimiting;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Requests throttled by the rate-limiting middleware; over the limit: 429. The address is
/// <c>Connection.RemoteIpAddress</c>, which the forwarded-headers middleware rewrites only for trusted proxies.
/// <list type="bullet">
/// <item><see cref="Login"/>: sign-in posts per address (<c>Security:LoginsPerMinute</c>, 100 unless configured). Generous,
/// because a whole office signs in from behind one proxy; guessing one account's password is stopped per account
/// instead (<see cref="AccountThrottle"/> and <see cref="SignInLockout"/>). Showing the sign-in form is not counted.</item>
/// <item><see cref="Registration"/>: new citizen accounts per address (<c>Security:RegistrationsPerMinute</c>, 10), a
/// bucket of their own so that registrations never use up the sign-ins.</item>
/// <item><see cref="Public"/>: what anyone may do without an account — lookups by code, payments, ratings, password reset codes — to slow
/// guessing codes and flooding (<c>Security:PublicRequestsPerMinute</c>, 60).</item>
/// <item><see cref="Feedback"/>: feedback submissions and votes against flooding (<c>Security:FeedbackPerMinute</c>, 5),
/// per signed-in user (officers typing feedback in at the desk, citizens) or else per address; reading a feedback by
/// its code counts as a public lookup, as codes are sequential.</item>
/// </list>
/// </summary>
public static class Throttling
{
    public const string Login = "login";
    public const string Registration = "registration";
    public const string Public = "public";
    public const string Feedback = "feedback";

    public static IServiceCollection AddMotCuaThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        var logins = configuration.GetValue("Security:LoginsPerMinute", 100);
        var registrations = configuration.GetValue("Security:RegistrationsPerMinute", 10);
        var requests = configuration.GetValue("Security:PublicRequestsPerMinute", 60);
        var feedback = configuration.GetValue("Security:FeedbackPerMinute", 5);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Login, http => Posts(http, () => PerAddress(http, logins)));
            o.AddPolicy(Registration, http => Posts(http, () => PerAddress(http, registrations)));
            o.AddPolicy(Public, http => PerAddress(http, requests));
            o.AddPolicy(Feedback, http => HttpMethods.IsGet(http.Request.Method)
                ? PerAddress(http, requests)
                : PerMinute(http.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : Address(http), feedback));
        });
    }

    private static RateLimitPartition<string> Posts(HttpContext http, Func<RateLimitPartition<string>> partition) =>
        HttpMethods.IsPost(http.Request.Method) ? partition() : RateLimitPartition.GetNoLimiter("not counted");

    private static RateLimitPartition<string> PerAddress(HttpContext http, int permits) => PerMinute(Address(http), permits);

    private static string Address(HttpContext http) => "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static RateLimitPartition<string> PerMinute(string key, int permits) => RateLimitPartition.GetFixedWindowLimiter(
        key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
}
