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

    /// <summary>The 12-digit personal identification number (CCCD): fixed once registered, it links earlier dossiers.</summary>
    public required string IdNumber { get; init; }

    /// <summary>Lower case; null when he gave only a phone.</summary>
    public string? Email { get; set; }

    /// <summary>Normalized (<c>0xxxxxxxxx</c>); null when he gave only an e-mail.</summary>
    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string PasswordHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Changed only by the sign-in, in one statement per attempt (see the web host's lockout).</summary>
    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }
}
