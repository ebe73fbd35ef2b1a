using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// Chia tách (issue 17): the unit ends like an abolished one, its open work and roles passing to the successor the act
/// names, and each unit receiving a part records it, so that its page shows the split unit among its predecessors.
/// </summary>
public sealed class SplitUnit(MotCuaDbContext db, MergeUnit merge, CurrentOfficer officer, TimeProvider clock)
{
    public async Task<Outcome<(string Code, List<string> LeftBehind)>> HandleAsync(ReorganizationStep step, CancellationToken ct)
    {
        var parts = new List<Unit>();
        foreach (var code in step.Parts ?? [])
        {
            var part = await db.FindAsync(code, "parts", ct);
            if (part.Failed)
            {
                return part.Error;
            }

            if (!part.Value.IsActive)
            {
                return Error.Rule(new($"Đơn vị {code} nhận một phần đã ngừng hoạt động.", $"Unit {code}, receiving a part, is no longer active."));
            }

            parts.Add(part.Value);
        }

        var ended = await merge.EndAsync(step.UnitCode, step.TargetCode, ReorganizationStepKind.Split, step.Roles ?? RoleSuccession.Pass, ct);
        if (ended.Failed)
        {
            return ended.Error;
        }

        var unit = await db.FindAsync(step.UnitCode, "code", ct);
        var now = clock.GetUtcNow();
        foreach (var part in parts)
        {
            db.UnitChanges.Add(UnitLookup.Change(unit.Value, UnitChangeKind.Split, unit.Value.Code, part.Code, officer.UserName, now));
            db.UnitChanges.Add(UnitLookup.Change(part, UnitChangeKind.Split, unit.Value.Code, part.Code, officer.UserName, now));
        }

        await db.SaveChangesAsync(ct);
        return ended;
    }
}
