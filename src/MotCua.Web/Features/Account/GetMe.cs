using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Account;

public sealed record MeInfo(string UserName, string FullName, IReadOnlyList<RoleInfo> Roles);

/// <summary>GET /api/v1/me: who is signed in and with which roles in which units.</summary>
public sealed class GetMe(MotCuaDbContext db, CurrentOfficer officer)
{
    public async Task<MeInfo> HandleAsync(CancellationToken ct)
    {
        var me = await db.Officers.AsNoTracking().Include(o => o.Roles).FirstAsync(o => o.UserName == officer.UserName, ct);
        var unitIds = me.Roles.Select(r => r.UnitId).ToList();
        var codes = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        return new MeInfo(me.UserName, me.FullName, me.Roles.Select(r => new RoleInfo(r.Role, codes[r.UnitId])).OrderBy(r => r.Role).ToList());
    }
}
