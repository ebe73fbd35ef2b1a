using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Citizens;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Citizens;

public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

/// <summary>
/// PUT /api/v1/citizens/me/password, /cong-dan/tai-khoan: the signed-in citizen replaces his password, giving the
/// current one so that a session left open on a shared computer cannot take the account over. The security stamp
/// changes with it; the answer is a new sign-in (bearer token, or the page's cookie) under the new stamp.
/// </summary>
public sealed class ChangePassword(MotCuaDbContext db, CurrentCitizen me, IPasswordHasher<Citizen> hasher)
{
    public async Task<Outcome<ClaimsPrincipal>> HandleAsync(PasswordChange request, string scheme, CancellationToken ct)
    {
        var citizen = await db.Citizens.FirstAsync(c => c.Id == me.Id, ct);
        var errors = new Dictionary<string, Text[]>();
        if (string.IsNullOrEmpty(request.CurrentPassword)
            || hasher.VerifyHashedPassword(citizen, citizen.PasswordHash, request.CurrentPassword) == PasswordVerificationResult.Failed)
        {
            errors["currentPassword"] = [new("Mật khẩu hiện tại không đúng.", "The current password is incorrect.")];
        }

        if (NewPassword.Refusal(request.NewPassword, NewPassword.OwnerOf(citizen)) is { } refusal)
        {
            errors["newPassword"] = [refusal];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        citizen.SetPassword(hasher.HashPassword(citizen, request.NewPassword!));
        await db.SaveChangesAsync(ct);
        return CitizenClaims.Principal(citizen, scheme);
    }
}
