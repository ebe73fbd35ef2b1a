using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

public sealed record MergeUnitRequest(string? IntoCode);

/// <summary>
/// Hợp nhất đơn vị (e.g. communes merged in 2025): the merged unit is deactivated, never deleted, so past records keep
/// pointing at it; its children and its open work (<see cref="UnitSuccession"/>) pass to the target.
/// </summary>
public sealed class MergeUnit(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock, UnitSuccession succession)
{
    public async Task<Outcome<string>> HandleAsync(string code, MergeUnitRequest request, CancellationToken ct)
    {
        var ended = await EndAsync(code, request.IntoCode, ReorganizationStepKind.Merge, RoleSuccession.Pass, ct);
        return ended.Failed ? ended.Error : ended.Value.Code;
    }

    /// <summary>
    /// Ends unit <paramref name="code"/> in favour of <paramref name="successorCode"/>: a merger moves its sub-units too;
    /// an abolition (giải thể) or a split (chia tách) is refused while it still has active ones. The roles held at the
    /// unit pass or end as <paramref name="roles"/> says. What stays behind is listed.
    /// </summary>
    public async Task<Outcome<(string Code, List<string> LeftBehind)>> EndAsync(string code, string? successorCode, ReorganizationStepKind how, RoleSuccession roles, CancellationToken ct)
    {
        var moveChildren = how == ReorganizationStepKind.Merge;
        var found = await db.FindAsync(code, "code", ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var target = await db.FindAsync(successorCode, "intoCode", ct);
        if (target.Failed)
        {
            return target.Error;
        }

        var (unit, into) = (found.Value, target.Value);
        if (unit.Id == into.Id || !unit.IsActive || !into.IsActive)
        {
            return Error.Rule(new("Chỉ hợp nhất được hai đơn vị khác nhau đang hoạt động.", "Only two different active units can be merged."));
        }

        var children = await db.Units.Where(u => u.ParentId == unit.Id && u.Id != into.Id).ToListAsync(ct);
        if (!moveChildren && children.Any(c => c.IsActive))
        {
            var (vi, en) = how == ReorganizationStepKind.Split ? ("chia tách", "splitting") : ("giải thể", "abolishing");
            return Error.Rule(new($"Đơn vị còn đơn vị trực thuộc đang hoạt động: hãy chuyển chúng trước khi {vi}.", $"The unit still has active sub-units: move them before {en} it."));
        }

        var by = officer.UserName;
        var now = clock.GetUtcNow();
        if (moveChildren)
        {
            foreach (var child in children)
            {
                child.ParentId = into.Id;
                db.UnitChanges.Add(UnitLookup.Change(child, UnitChangeKind.Moved, unit.Code, into.Code, by, now));
            }
        }

        if (into.ParentId == unit.Id)
        {
            // Merged into one of its own sub-units: the successor takes its place, or the two would be each other's parent.
            into.ParentId = unit.ParentId;
        }

        var left = await succession.PassAsync(unit, into, by, roles, ct);
        var kind = moveChildren ? UnitChangeKind.Merged : UnitChangeKind.Deactivated;
        db.UnitChanges.Add(UnitLookup.Change(unit, kind, unit.Code, into.Code, by, now));
        db.UnitChanges.Add(UnitLookup.Change(into, UnitChangeKind.Merged, unit.Code, into.Code, by, now));
        await db.SaveChangesAsync(ct);
        return (into.Code, left);
    }
}
