using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// The roles an act grants or ends (issue 17): the act, not the administrator afterwards, says who keeps which role where
/// from its effective day, so that officers of an abolished division can follow their work to the department.
/// </summary>
public sealed class ActRoles(MotCuaDbContext db)
{
    public async Task<Outcome<string>> GrantAsync(ReorganizationStep step, CancellationToken ct)
    {
        var found = await FindAsync(step, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var (officer, unit) = found.Value;
        if (!unit.IsActive)
        {
            return Error.Rule(new($"Không giao vai trò tại đơn vị đã ngừng hoạt động {unit.Code}.", $"No role can be granted at {unit.Code}, which is no longer active."));
        }

        var role = step.Role!.Value;
        if (!await db.RoleGrants.AnyAsync(g => g.OfficerId == officer.Id && g.UnitId == unit.Id && g.Role == role, ct))
        {
            db.RoleGrants.Add(new RoleGrant { OfficerId = officer.Id, UnitId = unit.Id, Role = role });
            await db.SaveChangesAsync(ct);
        }

        return unit.Code;
    }

    public async Task<Outcome<string>> RevokeAsync(ReorganizationStep step, CancellationToken ct)
    {
        var found = await FindAsync(step, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var (officer, unit) = found.Value;
        var grants = await db.RoleGrants.Where(g => g.OfficerId == officer.Id && g.UnitId == unit.Id && (step.Role == null || g.Role == step.Role)).ToListAsync(ct);
        if (grants.Count == 0)
        {
            return Error.Rule(new($"Cán bộ {officer.UserName} không giữ vai trò này tại {unit.Code}.", $"Officer {officer.UserName} holds no such role at {unit.Code}."));
        }

        db.RoleGrants.RemoveRange(grants);
        await db.SaveChangesAsync(ct);
        return unit.Code;
    }

    private async Task<Outcome<(Officer Officer, Unit Unit)>> FindAsync(ReorganizationStep step, CancellationToken ct)
    {
        var unit = await db.FindAsync(step.UnitCode, "unitCode", ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var login = step.Officer!.ToLowerInvariant();
        var officer = await db.Officers.FirstOrDefaultAsync(o => o.UserName == login, ct);
        return officer is null ? Error.NotFound(new("cán bộ", "Officer"), step.Officer) : (officer, unit.Value);
    }
}
