using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

public sealed record MergeUnitRequest(string? IntoCode);

/// <summary>
/// Hợp nhất đơn vị (e.g. communes merged in 2025): the merged unit is deactivated, never deleted, so
/// past records keep pointing at it; its children, officers' roles and procedures pass to the target.
/// </summary>
public sealed class MergeUnit(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock)
{
    public async Task<Outcome<string>> HandleAsync(string code, MergeUnitRequest request, CancellationToken ct)
    {
        var found = await db.FindAsync(code, "code", ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var target = await db.FindAsync(request.IntoCode, "intoCode", ct);
        if (target.Failed)
        {
            return target.Error;
        }

        var (unit, into) = (found.Value, target.Value);
        if (unit.Id == into.Id || !unit.IsActive || !into.IsActive)
        {
            return Error.Rule(new("Chỉ hợp nhất được hai đơn vị khác nhau đang hoạt động.", "Only two different active units can be merged."));
        }

        var by = officer.UserName;
        var now = clock.GetUtcNow();
        foreach (var child in await db.Units.Where(u => u.ParentId == unit.Id).ToListAsync(ct))
        {
            child.ParentId = into.Id;
            db.UnitChanges.Add(UnitLookup.Change(child, UnitChangeKind.Moved, unit.Code, into.Code, by, now));
        }

        await MoveGrantsAsync(unit.Id, into.Id, ct);
        await MoveProceduresAsync(unit.Id, into.Id, ct);
        unit.IsActive = false;
        unit.MergedIntoId = into.Id;
        db.UnitChanges.Add(UnitLookup.Change(unit, UnitChangeKind.Merged, unit.Code, into.Code, by, now));
        db.UnitChanges.Add(UnitLookup.Change(into, UnitChangeKind.Merged, unit.Code, into.Code, by, now));
        await db.SaveChangesAsync(ct);
        return into.Code;
    }

    private async Task MoveGrantsAsync(Guid from, Guid to, CancellationToken ct)
    {
        var existing = await db.RoleGrants.Where(g => g.UnitId == to).Select(g => new { g.OfficerId, g.Role }).ToListAsync(ct);
        foreach (var grant in await db.RoleGrants.Where(g => g.UnitId == from).ToListAsync(ct))
        {
            db.RoleGrants.Remove(grant);
            if (!existing.Contains(new { grant.OfficerId, grant.Role }))
            {
                db.RoleGrants.Add(new RoleGrant { OfficerId = grant.OfficerId, Role = grant.Role, UnitId = to });
            }
        }
    }

    private async Task MoveProceduresAsync(Guid from, Guid to, CancellationToken ct)
    {
        var already = await db.Set<ProcedureUnit>().Where(p => p.UnitId == to).Select(p => p.ProcedureId).ToListAsync(ct);
        foreach (var link in await db.Set<ProcedureUnit>().Where(p => p.UnitId == from).ToListAsync(ct))
        {
            db.Remove(link);
            if (!already.Contains(link.ProcedureId))
            {
                db.Add(new ProcedureUnit { ProcedureId = link.ProcedureId, UnitId = to });
            }
        }
    }
}
