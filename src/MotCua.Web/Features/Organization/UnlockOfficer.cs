using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// Mở khóa tài khoản: an administrator opens an officer's account locked by failed sign-ins before the lock runs out
/// (the officer calls the office, the administrator knows him). Opening an open account changes nothing.
/// </summary>
public sealed class UnlockOfficer(MotCuaDbContext db, SignInLockout lockout)
{
    public async Task<Outcome<string>> HandleAsync(string userName, CancellationToken ct)
    {
        var officer = db.Officers.Where(o => o.UserName == userName);
        if (!await officer.AnyAsync(ct))
        {
            return Error.NotFound(GetOfficer.OfficerNoun, userName);
        }

        await lockout.ClearAsync(officer, ct);
        return userName;
    }
}
