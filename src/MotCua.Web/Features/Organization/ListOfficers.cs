using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>Danh sách cán bộ với vai trò theo đơn vị; optional filter by user name or full name.</summary>
public sealed class ListOfficers(MotCuaDbContext db, SignInLockout lockout, UnitDirectory directory)
{
    public async Task<Paged<OfficerInfo>> HandleAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var query = db.Officers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(o => o.UserName.Contains(term) || o.FullName.Contains(term));
        }

        var total = await query.CountAsync(ct);
        var officers = await query.OrderBy(o => o.UserName).Skip(page.Skip).Take(page.PageSize).Include(o => o.Roles).ToListAsync(ct);
        var codes = await directory.CodesAsync(db, ct);
        var ids = officers.Select(o => o.Id).ToList();
        var twoFactor = await db.OfficerTwoFactors.Where(t => ids.Contains(t.OfficerId)).Select(t => t.OfficerId).ToListAsync(ct);
        var items = officers.Select(o => new OfficerInfo(
            o.UserName, o.FullName, o.Email, o.Phone, o.IsActive,
            o.Roles.Select(r => new RoleInfo(r.Role, codes[r.UnitId])).OrderBy(r => r.Role).ToList(), lockout.LockedUntil(o), twoFactor.Contains(o.Id))).ToList();
        return new Paged<OfficerInfo>(items, page.Page, page.PageSize, total);
    }
}
