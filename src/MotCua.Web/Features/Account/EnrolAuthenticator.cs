using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using OtpNet;

namespace MotCua.Web.Features.Account;

/// <summary>A new secret to set up in the authenticator app, and the ticket that carries it to the confirmation.</summary>
public sealed record AuthenticatorSetup(string Ticket, string ManualKey, string Uri);

/// <summary>Two-factor sign-in turned on: the recovery codes to show once, and the officer's new sign-in.</summary>
public sealed record Enrolled(IReadOnlyList<string> RecoveryCodes, ClaimsPrincipal Principal);

/// <summary>
/// Bật xác thực hai lớp: the officer scans a new secret (or types it) into his authenticator app and proves it with a
/// code before it is switched on, so that a slip in the set-up does not lock him out. Until then the secret lives only in
/// a protected ticket of the page, never in the database; once on, it is kept encrypted and never shown again. Turning
/// it on ends his other sessions (<see cref="SessionRevocation"/>) and answers his own anew.
/// </summary>
public sealed class EnrolAuthenticator(MotCuaDbContext db, TimedTickets tickets, AuthenticatorKeys keys, SecondFactor secondFactor, TimeProvider clock)
{
    private const string Purpose = "MotCua.TwoFactor.Enrolment";

    /// <summary>Time to find the phone, install an app and scan; a new secret is drawn after that.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>The set-up of <paramref name="ticket"/> while it lasts (a mistyped code need not be scanned again), else a new secret.</summary>
    public AuthenticatorSetup Begin(Guid officerId, string userName, string? ticket = null)
    {
        if (tickets.Read(Purpose, ticket) is [var id, var key] && id == officerId.ToString())
        {
            return Show(ticket!, Base32Encoding.ToBytes(key), userName);
        }

        var secret = AuthenticatorKeys.NewSecret();
        return Show(tickets.Issue(Purpose, Lifetime, officerId.ToString(), Base32Encoding.ToString(secret)), secret, userName);
    }

    public async Task<Outcome<Enrolled>> ConfirmAsync(Guid officerId, string? ticket, string? code, CancellationToken ct)
    {
        if (tickets.Read(Purpose, ticket) is not [var id, var key] || id != officerId.ToString())
        {
            return Error.Validation("code", new("Phiên thiết lập đã hết hạn; hãy quét mã QR mới rồi nhập lại mã.", "The set-up has expired; scan the new QR code and enter a code again."));
        }

        var secret = Base32Encoding.ToBytes(key);
        if (secondFactor.StepOf(secret, code ?? string.Empty) is not { } step)
        {
            return Error.Validation("code", new("Mã xác thực không đúng; hãy nhập mã đang hiện trong ứng dụng.", "The code is wrong; enter the code the app shows now."));
        }

        if (await db.OfficerTwoFactors.AnyAsync(t => t.OfficerId == officerId, ct))
        {
            return Error.Conflict(new("Xác thực hai lớp đã được bật.", "Two-factor sign-in is already on."));
        }

        // Tracked, so that the stamp the save renews is the one his new cookie carries.
        var officer = await db.Officers.Include(o => o.Roles).FirstAsync(o => o.Id == officerId, ct);
        db.OfficerTwoFactors.Add(new OfficerTwoFactor { OfficerId = officerId, ProtectedSecret = keys.Protect(secret), EnabledAt = clock.GetUtcNow(), LastStep = step });
        var codes = RecoveryCodes.Replace(db, officerId, await db.OfficerRecoveryCodes.Where(c => c.OfficerId == officerId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return new Enrolled(codes, OfficerClaims.Principal(officer, true, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private static AuthenticatorSetup Show(string ticket, byte[] secret, string userName) =>
        new(ticket, AuthenticatorKeys.ManualKey(secret), AuthenticatorKeys.Uri(secret, userName));
}
