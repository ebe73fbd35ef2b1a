using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using OtpNet;

namespace MotCua.Web.Features.Account;

/// <summary>
/// Checks the second factor of an officer whose two-factor sign-in is on: a 6-digit code of his authenticator app, or
/// one of his recovery codes. A wrong code counts toward the same lock as a wrong password, and a locked account
/// refuses even the right code, so that the million codes cannot be tried; the right one starts the count again.
/// </summary>
public sealed class SecondFactor(MotCuaDbContext db, AuthenticatorKeys keys, SignInLockout lockout, TimeProvider clock)
{
    private const int AuthenticatorCodeLength = 6;

    /// <summary>The step before and the step after the current one: a phone's clock a little off, a code typed as it changed.</summary>
    private static readonly VerificationWindow Drift = new(previous: 1, future: 1);

    public async Task<bool> VerifyAsync(Guid officerId, string? code, CancellationToken ct)
    {
        var account = db.Officers.Where(o => o.Id == officerId);
        var officer = await account.AsNoTracking().FirstOrDefaultAsync(ct);
        if (officer is null)
        {
            return false;
        }

        var accepted = lockout.LockedUntil(officer) is null && await AcceptAsync(officerId, code ?? string.Empty, ct);
        await (accepted ? lockout.ClearAsync(account, ct) : lockout.RecordFailureAsync(account, ct));
        return accepted;
    }

    /// <summary>The time step of an authenticator code made now with <paramref name="secret"/>; null when it matches none of the window.</summary>
    public long? StepOf(byte[] secret, string code) =>
        AuthenticatorKeys.Totp(secret).VerifyTotp(clock.GetUtcNow().UtcDateTime, Typed(code), out var step, Drift) ? step : null;

    /// <summary>
    /// A code is used once: an authenticator code only for a later time step than the last one accepted, and a
    /// recovery code is deleted. Each is one conditional statement, so that two requests sending the same code at once
    /// cannot both pass.
    /// </summary>
    private async Task<bool> AcceptAsync(Guid officerId, string code, CancellationToken ct)
    {
        var typed = Typed(code);
        if (typed.Length == AuthenticatorCodeLength && typed.All(char.IsAsciiDigit))
        {
            var stored = await db.OfficerTwoFactors.AsNoTracking().Where(t => t.OfficerId == officerId).Select(t => t.ProtectedSecret).FirstOrDefaultAsync(ct);
            return stored is not null && keys.Unprotect(stored) is { } secret && StepOf(secret, typed) is { } step
                && await db.OfficerTwoFactors.Where(t => t.OfficerId == officerId && t.LastStep < step)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastStep, step), ct) == 1;
        }

        var hash = RecoveryCodes.Hash(typed);
        return await db.OfficerRecoveryCodes.Where(c => c.OfficerId == officerId && c.Hash == hash).ExecuteDeleteAsync(ct) > 0;
    }

    private static string Typed(string code) => new(code.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
