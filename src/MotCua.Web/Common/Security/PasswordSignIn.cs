using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Accounts;

namespace MotCua.Web.Common.Security;

/// <summary>
/// The password check shared by officers and citizens: throttled per account name, refused while the account is
/// locked, failures counted towards the lock. Every refusal looks and costs the same — an unknown name, a wrong
/// password, a locked or inactive account — so that neither the answer nor its timing tells which names exist: an
/// unknown name is checked against the hash of a random password and runs the same failure statement, which then
/// matches no row. A locked account's owner thus reads "wrong password" too; the sign-in page says how the lock works.
/// </summary>
/// <param name="unknown">An account that stands for names matching none; it is given a hash of a random password.</param>
public sealed class PasswordSignIn<T>(IPasswordHasher<T> hasher, AccountThrottle throttle, SignInLockout lockout, T unknown)
    where T : class, ISignInAccount
{
    private readonly string unknownHash = hasher.HashPassword(unknown, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));

    /// <param name="name">The name as typed, normalized: what the throttle counts.</param>
    /// <param name="account">The account of that name that may sign in (none when the name is unknown or the account closed).</param>
    /// <param name="refused">The refusal in the words of the page (user name or e-mail and phone).</param>
    public async Task<Outcome<T>> CheckAsync(string name, IQueryable<T> account, string password, Error refused, CancellationToken ct)
    {
        var found = await VerifyAsync(name, account, password, refused, ct);
        if (!found.Failed)
        {
            await lockout.ClearAsync(account, ct);
        }

        return found;
    }

    /// <summary>
    /// The password alone, leaving the failure count as it is: for an account with a second factor still to give, whose
    /// count must not start again before that factor is given (or the password would open unlimited guesses of codes).
    /// </summary>
    public async Task<Outcome<T>> VerifyAsync(string name, IQueryable<T> account, string password, Error refused, CancellationToken ct)
    {
        if (!throttle.TryAttempt(AccountThrottle.Key<T>(name)))
        {
            return AccountThrottle.TooManyAttempts;
        }

        var found = await account.AsNoTracking().FirstOrDefaultAsync(ct);
        var verified = hasher.VerifyHashedPassword(found ?? unknown, found?.PasswordHash ?? unknownHash, password) != PasswordVerificationResult.Failed;
        if (found is null || !verified || lockout.LockedUntil(found) is not null)
        {
            await lockout.RecordFailureAsync(account, ct);
            return refused;
        }

        return found;
    }
}
