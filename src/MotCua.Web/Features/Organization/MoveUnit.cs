using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

public sealed record MoveUnitRequest(string? ParentCode);

/// <summary>Chuyển đơn vị sang đơn vị cấp trên khác; a unit cannot move under itself or its descendants.</summary>
public sealed class MoveUnit(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock)
{
    public async Task<Outcome<string>> HandleAsync(string code, MoveUnitRequest request, CancellationToken ct)
    {
        var found = await db.FindAsync(code, "code", ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var parent = await db.FindAsync(request.ParentCode, "parentCode", ct);
        if (parent.Failed)
        {
            return parent.Error;
        }

        var unit = found.Value;
        var tree = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        for (Guid? cursor = parent.Value.Id; cursor is { } id; cursor = tree[id])
        {
            if (id == unit.Id)
            {
                return Error.Rule(new("Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.", "A unit cannot be moved under itself or one of its descendants."));
            }
        }

        var oldParent = unit.ParentId is { } p ? await db.Units.Where(u => u.Id == p).Select(u => u.Code).FirstAsync(ct) : null;
        unit.ParentId = parent.Value.Id;
        db.UnitChanges.Add(UnitLookup.Change(unit, UnitChangeKind.Moved, oldParent, parent.Value.Code, officer.UserName, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return unit.Code;
    }
}
