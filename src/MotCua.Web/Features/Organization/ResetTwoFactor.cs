using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// Đặt lại xác thực hai lớp: an administrator removes an officer's authenticator and recovery codes (the phone lost
/// with the codes, the officer known to him). His sessions end with the save (<see cref="Common.Security.SessionRevocation"/>);
/// he signs in with his password alone, and is kept on the enrolment page if his roles require a second factor.
/// Resetting an officer who has none changes nothing.
/// </summary>
public sealed class ResetTwoFactor(MotCuaDbContext db)
{
    public async Task<Outcome<string>> HandleAsync(string userName, CancellationToken ct)
    {
        var officerId = await db.Officers.Where(o => o.UserName == userName).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        if (officerId is null)
        {
            return Error.NotFound(GetOfficer.OfficerNoun, userName);
        }

        await db.RemoveTwoFactorAsync(officerId.Value, ct);
        await db.SaveChangesAsync(ct);
        return userName;
    }
}
