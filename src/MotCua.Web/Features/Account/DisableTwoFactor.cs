using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Account;

/// <summary>
/// Tắt xác thực hai lớp, by the officer himself with a current code (a session left open cannot turn it off), and only
/// when none of his roles requires it. His other sessions end; his own is answered anew.
/// </summary>
public sealed class DisableTwoFactor(MotCuaDbContext db, SecondFactor secondFactor, TwoFactorRequirement requirement)
{
    public static readonly Error WrongCode = Error.Validation("code", new("Mã xác thực không đúng hoặc đã được dùng.", "The code is wrong or was already used."));

    public async Task<Outcome<ClaimsPrincipal>> HandleAsync(Guid officerId, string? code, CancellationToken ct)
    {
        var officer = await db.Officers.Include(o => o.Roles).FirstAsync(o => o.Id == officerId, ct);
        if (requirement.IsRequired(officer.Roles.Select(r => r.Role)))
        {
            return Error.Forbidden(new("Vai trò của bạn bắt buộc xác thực hai lớp; không thể tắt.", "Your role requires two-factor sign-in; it cannot be turned off."));
        }

        if (!await secondFactor.VerifyAsync(officerId, code, ct))
        {
            return WrongCode;
        }

        await db.RemoveTwoFactorAsync(officerId, ct);
        await db.SaveChangesAsync(ct);
        return OfficerClaims.Principal(officer, false, CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
