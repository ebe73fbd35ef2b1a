using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>One officer with his roles, for the edit form.</summary>
public sealed class GetOfficer(MotCuaDbContext db, SignInLockout lockout)
{
    public static readonly Text OfficerNoun = new("cán bộ", "Officer");

    public async Task<Outcome<OfficerInfo>> HandleAsync(string userName, CancellationToken ct)
    {
        var officer = await db.Officers.AsNoTracking().Include(o => o.Roles).FirstOrDefaultAsync(o => o.UserName == userName, ct);
        if (officer is null)
        {
            return Error.NotFound(OfficerNoun, userName);
        }

        var unitIds = officer.Roles.Select(r => r.UnitId).ToList();
        var codes = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        return new OfficerInfo(
            officer.UserName, officer.FullName, officer.Email, officer.Phone, officer.IsActive,
            officer.Roles.Select(r => new RoleInfo(r.Role, codes[r.UnitId])).OrderBy(r => r.Role).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList(),
            lockout.LockedUntil(officer),
            await db.OfficerTwoFactors.AnyAsync(t => t.OfficerId == officer.Id, ct));
    }
}
