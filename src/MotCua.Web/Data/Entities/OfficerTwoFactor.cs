namespace MotCua.Web.Data.Entities;

/// <summary>
/// An officer's authenticator (xác thực hai lớp, TOTP of RFC 6238), present only once he confirmed it with a code: the
/// row's arrival and removal are what end his other sessions (<see cref="Common.Security.SessionRevocation"/>).
/// </summary>
public sealed class OfficerTwoFactor
{
    public required Guid OfficerId { get; init; }

    /// <summary>The shared secret, encrypted with the data-protection key ring: a copy of the table alone mints no code.</summary>
    public required string ProtectedSecret { get; init; }

    public required DateTimeOffset EnabledAt { get; init; }

    /// <summary>
    /// The last 30-second time step whose code was accepted; a code of that step or an earlier one is refused, so that
    /// a code seen over a shoulder or in a proxy's log cannot be used again. Moved forward by one conditional update.
    /// </summary>
    public long LastStep { get; init; }
}
