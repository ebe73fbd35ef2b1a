using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Targets;

public sealed record TargetRequest(string? UnitCode, int? Year, TargetValues? Values);

/// <summary>
/// POST /api/v1/targets: enters one target row of a unit's year; the same indicator for the same unit group twice in
/// a year is refused (change the row instead). PUT /api/v1/targets/{id}: changes a row's values.
/// </summary>
public sealed class EnterTarget(MotCuaDbContext db, DossierPermissions permissions)
{
    public async Task<Outcome<TargetView>> HandleAsync(TargetRequest request, CancellationToken ct)
    {
        var found = await permissions.FindUnitInScopeAsync(request.UnitCode, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var read = TargetRules.Read(request.Values ?? Empty, request.Year, found.Value.Id);
        if (read.Failed)
        {
            return read.Error;
        }

        var target = read.Value;
        var same = await db.KpiTargets.Where(t => t.UnitId == target.UnitId && t.Year == target.Year && t.Indicator == target.Indicator).ToListAsync(ct);
        if (same.Any(t => t.AppliesTo.SequenceEqual(target.AppliesTo)))
        {
            return Error.Conflict(new Text("Đơn vị đã có chỉ tiêu {0} năm {1} cho nhóm đơn vị này; hãy sửa chỉ tiêu đó.", "The unit already has target {0} of {1} for this unit group; change it instead.")
                .Format(TargetLabels.Name(target.Indicator), target.Year));
        }

        db.KpiTargets.Add(target);
        await db.SaveChangesAsync(ct);
        return TargetView.Of(target);
    }

    public async Task<Outcome<TargetView>> ChangeAsync(Guid id, TargetValues? values, CancellationToken ct)
    {
        var target = await db.KpiTargets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null || !(await permissions.ScopeAsync(ct)).Contains(target.UnitId))
        {
            return Error.NotFound(TargetRules.TargetNoun, id.ToString());
        }

        var read = TargetRules.Read(values ?? Empty, target.Year, target.UnitId);
        if (read.Failed)
        {
            return read.Error;
        }

        if (read.Value.Indicator != target.Indicator || !read.Value.AppliesTo.SequenceEqual(target.AppliesTo))
        {
            return Error.Validation("indicator", new("Không đổi được chỉ tiêu hoặc nhóm đơn vị của một dòng; hãy nhập dòng mới.", "A row's indicator and unit group cannot change; enter a new row."));
        }

        var changed = read.Value;
        (target.Task, target.Lead, target.Coordinating, target.Annual, target.Note) = (changed.Task, changed.Lead, changed.Coordinating, changed.Annual, changed.Note);
        (target.Q1, target.Q2, target.Q3, target.Q4) = (changed.Q1, changed.Q2, changed.Q3, changed.Q4);
        await db.SaveChangesAsync(ct);
        return TargetView.Of(target);
    }

    private static readonly TargetValues Empty = new(null, null, null, null, null, null, null, null);
}
