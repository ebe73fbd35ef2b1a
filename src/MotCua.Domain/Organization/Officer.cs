using MotCua.Domain.Accounts;

namespace MotCua.Domain.Organization;

/// <summary>A civil servant (cán bộ, công chức) with roles granted per unit.</summary>
public sealed class Officer : ISignInAccount
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string UserName { get; init; }

    public required string FullName { get; set; }

    public string PasswordHash { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Changed only by the sign-in, in one statement per attempt (see the web host's lockout).</summary>
    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public List<RoleGrant> Roles { get; init; } = [];

    /// <summary>
    /// Changes whenever what a sign-in vouches for changes (password, active, roles): a session carrying an older
    /// stamp is no longer honoured.
    /// </summary>
    public string SecurityStamp { get; private set; } = NewStamp();

    public void RenewSecurityStamp() => SecurityStamp = NewStamp();

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
