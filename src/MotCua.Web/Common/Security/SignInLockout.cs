using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Accounts;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Locks an account after <c>Security:LockoutFailures</c> failed sign-ins in a row (5 unless configured) for
/// <c>Security:LockoutMinutes</c> (15); an administrator may open it sooner. Kept on the account's row, so that every
/// app node sees the same count.
/// </summary>
public sealed class SignInLockout(IConfiguration configuration, TimeProvider clock)
{
    public int Failures { get; } = Math.Max(1, configuration.GetValue("Security:LockoutFailures", 5));

    public TimeSpan Duration { get; } = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));

    /// <summary>Until when the account refuses sign-in; null when it is open.</summary>
    public DateTimeOffset? LockedUntil(ISignInAccount account) => account.LockedUntil > clock.GetUtcNow() ? account.LockedUntil : null;

    /// <summary>
    /// One statement, so that failures sent at once are all counted. A locked account counts nothing more, so that its
    /// lock is not pushed back; the count starts again with the lock, so that one more failure after the release does
    /// not lock it again at once.
    /// </summary>
    public Task RecordFailureAsync<T>(IQueryable<T> account, CancellationToken ct) where T : class, ISignInAccount
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? until = now + Duration;
        return account.Where(a => a.LockedUntil == null || a.LockedUntil <= now).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.LockedUntil, a => a.FailedSignIns + 1 >= Failures ? until : a.LockedUntil)
            .SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1 >= Failures ? 0 : a.FailedSignIns + 1), ct);
    }

    /// <summary>After a success, or an administrator's unlock: the account is open and its count starts again.</summary>
    public Task ClearAsync<T>(IQueryable<T> account, CancellationToken ct) where T : class, ISignInAccount =>
        account.Where(a => a.FailedSignIns > 0 || a.LockedUntil != null).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.FailedSignIns, 0)
            .SetProperty(a => a.LockedUntil, (DateTimeOffset?)null), ct);
}
