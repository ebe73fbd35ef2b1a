using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Citizens;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Citizens;

public sealed record PasswordResetConfirmation(string? Login, string? Code, string? NewPassword);

/// <summary>
/// POST /api/v1/citizens/password-reset/confirm, /cong-dan/quen-mat-khau: the code sent by <see cref="RequestPasswordReset"/>
/// and a new password replace the old one, whose sessions the new security stamp marks as ended. An unknown
/// account, a wrong, spent or expired code answer alike; every try counts against the code's.
/// </summary>
public sealed class ResetPassword(MotCuaDbContext db, IPasswordHasher<Citizen> hasher, TimeProvider clock)
{
    private static readonly Error WrongCode = Error.Validation("code", new(
        "Mã xác nhận không đúng hoặc đã hết hạn. Hãy kiểm tra lại, hoặc yêu cầu mã mới.",
        "The code is wrong or has expired. Check it, or ask for a new one."));

    /// <summary>null once the password is replaced.</summary>
    public async Task<Error?> HandleAsync(PasswordResetConfirmation request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Login) || string.IsNullOrWhiteSpace(request.Code))
        {
            return WrongCode;
        }

        var citizen = await CitizenLogins.FindAsync(db.Citizens, request.Login, ct);
        var codes = citizen is null ? [] : await db.PasswordResetCodes.Where(c => c.CitizenId == citizen.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        if (citizen is null || codes.FirstOrDefault(c => c.IsUsable(now)) is not { } issued)
        {
            return WrongCode;
        }

        // The try is claimed in the database before the code is compared, so parallel requests get no more tries than
        // requests one after another.
        var claimed = await db.PasswordResetCodes.Where(c => c.Id == issued.Id && c.Attempts < PasswordResetCode.MaxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), ct);
        if (claimed == 0 || !ResetCodes.Matches(issued, request.Code))
        {
            return WrongCode;
        }

        // Checked after the code, though a refused password then costs a try: checked before, it would tell a stranger
        // that the account exists.
        if (NewPassword.Refusal(request.NewPassword, NewPassword.OwnerOf(citizen)) is { } refusal)
        {
            return Error.Validation("newPassword", refusal);
        }

        citizen.SetPassword(hasher.HashPassword(citizen, request.NewPassword!));
        db.PasswordResetCodes.RemoveRange(codes);
        await db.SaveChangesAsync(ct);
        return null;
    }
}
