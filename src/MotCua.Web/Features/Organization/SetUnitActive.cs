using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>Ngừng hoạt động / hoạt động lại; a unit with active children cannot be deactivated.</summary>
public sealed class SetUnitActive(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock)
{
    public async Task<Outcome<string>> HandleAsync(string code, bool active, CancellationToken ct)
    {
        var found = await db.FindAsync(code, "code", ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var unit = found.Value;
        if (unit.IsActive == active)
        {
            return Error.Conflict(active
                ? new("Đơn vị đang hoạt động.", "The unit is already active.")
                : new("Đơn vị đã ngừng hoạt động.", "The unit is already inactive."));
        }

        if (!active && await db.Units.AnyAsync(u => u.ParentId == unit.Id && u.IsActive, ct))
        {
            return Error.Rule(new("Đơn vị còn đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc ngừng chúng trước.", "The unit still has active sub-units: move or deactivate them first."));
        }

        unit.IsActive = active;
        db.UnitChanges.Add(UnitLookup.Change(unit, active ? UnitChangeKind.Reactivated : UnitChangeKind.Deactivated, null, null, officer.UserName, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return unit.Code;
    }
}
