namespace MotCua.Domain.Accounts;

/// <summary>
/// An account someone signs in to with a password — an officer, a citizen — and the failed sign-ins that lock it for a
/// while, so that guessing a password takes years instead of hours.
/// </summary>
public interface ISignInAccount
{
    string PasswordHash { get; }

    /// <summary>Failed sign-ins in a row since the last success or the last lock.</summary>
    int FailedSignIns { get; }

    /// <summary>Until when sign-in is refused, even with the right password; null or past when the account is open.</summary>
    DateTimeOffset? LockedUntil { get; }
}
