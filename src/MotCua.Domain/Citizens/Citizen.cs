using MotCua.Domain.Accounts;

namespace MotCua.Domain.Citizens;

/// <summary>
/// A citizen's account on the public portal (DOMAIN.md §11): who he declares to be, how to reach him, and the
/// password he signs in with by e-mail or phone. His dossiers and earlier documents are found through it.
/// </summary>
public sealed class Citizen : ISignInAccount
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string FullName { get; init; }

    /// <summary>
    /// The 12-digit personal identification number (CCCD) he declared at registration, fixed since. Anyone may type
    /// another's, so it proves nothing and belongs to no one until <see cref="VerifiedIdNumber"/> says so.
    /// </summary>
    public required string IdNumber { get; init; }

    /// <summary>
    /// <see cref="IdNumber"/> once he has shown it is his (<see cref="VerifyIdNumber"/>); null until then. Only this one
    /// is unique across accounts, so that someone who declared the number first cannot lock its holder out.
    /// </summary>
    public string? VerifiedIdNumber { get; private set; }

    /// <summary>Lower case; null when he gave only a phone.</summary>
    public string? Email { get; set; }

    /// <summary>Normalized (<c>0xxxxxxxxx</c>); null when he gave only an e-mail.</summary>
    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string PasswordHash { get; private set; } = string.Empty;

    /// <summary>Changes with the password, so that sessions signed in under the old one can be told apart and ended.</summary>
    public Guid SecurityStamp { get; private set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Changed only by the sign-in, in one statement per attempt (see the web host's lockout).</summary>
    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>
    /// The declared number is his: a dossier of that number joined his account with the receipt's code and the declared
    /// phone (what only the holder of the receipt knows); an officer who sees his ID card would vouch for it the same way.
    /// </summary>
    public void VerifyIdNumber() => VerifiedIdNumber = IdNumber;

    public void SetPassword(string hash)
    {
        PasswordHash = hash;
        SecurityStamp = Guid.NewGuid();
    }
}
