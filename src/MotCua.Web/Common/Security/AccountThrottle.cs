using System.Threading.RateLimiting;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Sign-in attempts per account name, whatever the address (<c>Security:LoginsPerAccountPerMinute</c>, 10 unless
/// configured). The name is in the request body, which the rate-limiting middleware does not read, so
/// <see cref="PasswordSignIn{T}"/> asks here. The lockout is read before the password is checked, so many guesses sent
/// at once would all pass it; this bounds them. Names that match no account are counted the same, so that a 429 tells
/// nothing about which accounts exist.
/// </summary>
public sealed class AccountThrottle : IDisposable
{
    public static readonly Error TooManyAttempts = Error.TooManyRequests(new(
        "Có quá nhiều lần đăng nhập bằng tên này trong một phút; vui lòng thử lại sau.",
        "Too many sign-in attempts with this name in a minute; please try again later."));

    private readonly PartitionedRateLimiter<string> limiter;

    public AccountThrottle(IConfiguration configuration)
    {
        var permits = configuration.GetValue("Security:LoginsPerAccountPerMinute", 10);
        limiter = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(
            account, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) }));
    }

    /// <summary>What is counted for a name of an account of kind <typeparamref name="T"/>: the same name of another kind is counted apart.</summary>
    public static string Key<T>(string name) => $"{typeof(T).Name}:{name}";

    /// <param name="account">The name as the caller sent it, normalized, under <see cref="Key{T}"/>.</param>
    public bool TryAttempt(string account)
    {
        using var lease = limiter.AttemptAcquire(account);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
