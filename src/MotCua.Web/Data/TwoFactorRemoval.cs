using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Data;

public static class TwoFactorRemoval
{
    /// <summary>
    /// Marks an officer's authenticator and recovery codes for removal in the caller's save, as tracked deletions so
    /// that the save renews his security stamp (<see cref="Common.Security.SessionRevocation"/>): turned off by himself,
    /// or reset by an administrator.
    /// </summary>
    public static async Task RemoveTwoFactorAsync(this MotCuaDbContext db, Guid officerId, CancellationToken ct)
    {
        db.OfficerTwoFactors.RemoveRange(await db.OfficerTwoFactors.Where(t => t.OfficerId == officerId).ToListAsync(ct));
        db.OfficerRecoveryCodes.RemoveRange(await db.OfficerRecoveryCodes.Where(c => c.OfficerId == officerId).ToListAsync(ct));
    }
}
