using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Account;

/// <summary>
/// Tạo lại mã khôi phục: ten new codes, shown once, and the old ones void (printed, lost, or nearly used up). Asks for
/// a current code as turning the sign-in off does.
/// </summary>
public sealed class RenewRecoveryCodes(MotCuaDbContext db, SecondFactor secondFactor)
{
    public async Task<Outcome<IReadOnlyList<string>>> HandleAsync(Guid officerId, string? code, CancellationToken ct)
    {
        if (!await secondFactor.VerifyAsync(officerId, code, ct))
        {
            return DisableTwoFactor.WrongCode;
        }

        var codes = RecoveryCodes.Replace(db, officerId, await db.OfficerRecoveryCodes.Where(c => c.OfficerId == officerId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return codes;
    }
}
