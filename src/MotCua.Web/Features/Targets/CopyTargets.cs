using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Targets;

public sealed record CopyTargetsRequest(string? UnitCode, int? FromYear);

public sealed record TargetsCopied(int Year, int Count);

/// <summary>
/// POST /api/v1/targets/copy: a unit's targets of a year become the next year's, to be changed there. Refused when
/// the year has none, and when the next year already has targets (copying twice would double every row).
/// </summary>
public sealed class CopyTargets(MotCuaDbContext db, DossierPermissions permissions)
{
    public async Task<Outcome<TargetsCopied>> HandleAsync(CopyTargetsRequest request, CancellationToken ct)
    {
        if (request.FromYear is not (>= CreatePlan.MinYear and < CreatePlan.MaxYear))
        {
            return Error.Validation("fromYear", new Text("Năm phải từ {0} đến {1}.", "fromYear must be between {0} and {1}.").Format(CreatePlan.MinYear, CreatePlan.MaxYear - 1));
        }

        var found = await permissions.FindUnitInScopeAsync(request.UnitCode, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var unitId = found.Value.Id;
        var year = request.FromYear.Value + 1;
        if (await db.KpiTargets.AnyAsync(t => t.UnitId == unitId && t.Year == year, ct))
        {
            return Error.Conflict(new Text("Đơn vị đã có chỉ tiêu năm {0}: không sao chép lần nữa.", "The unit already has targets for {0}: they are not copied again.").Format(year));
        }

        var source = await ListTargets.LoadAsync(db, unitId, request.FromYear, ct);
        if (source.Count == 0)
        {
            return Error.Rule(new Text("Đơn vị chưa có chỉ tiêu năm {0} để sao chép.", "The unit has no targets for {0} to copy.").Format(request.FromYear));
        }

        db.KpiTargets.AddRange(source.Select(t => t.ForYear(year)));
        await db.SaveChangesAsync(ct);
        return new TargetsCopied(year, source.Count);
    }
}
