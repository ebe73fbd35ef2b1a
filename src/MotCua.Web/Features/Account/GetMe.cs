using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Account;

/// <summary>Who is signed in, his roles per unit, and the units whose data he may see (his scope).</summary>
public sealed record MeInfo(string UserName, string FullName, IReadOnlyList<RoleInfo> Roles, IReadOnlyList<string> ScopeUnitCodes);

/// <summary>GET /api/v1/me.</summary>
public sealed class GetMe(MotCuaDbContext db, CurrentOfficer officer, UnitDirectory directory)
{
    public async Task<MeInfo> HandleAsync(CancellationToken ct)
    {
        var me = await db.Officers.AsNoTracking().Include(o => o.Roles).FirstAsync(o => o.UserName == officer.UserName, ct);
        var scope = await officer.VisibleUnitIdsAsync(ct);
        var codes = await directory.CodesAsync(db, ct);
        return new MeInfo(
            me.UserName,
            me.FullName,
            me.Roles.Select(r => new RoleInfo(r.Role, codes[r.UnitId])).OrderBy(r => r.Role).ToList(),
            scope.Select(id => codes[id]).Order(StringComparer.Ordinal).ToList());
    }
}
