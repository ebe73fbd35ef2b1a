using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// Carries out an act's steps in order, as the single-unit handlers do them, with every fact dated from the act's
/// effective day, inside the caller's transaction: the caller commits an application and rolls back a preview. The first
/// step refused stops the act; its number and reason are the answer.
/// </summary>
public sealed class ReorganizationRunner(MotCuaDbContext db, CreateUnit create, RenameUnit rename, MoveUnit move, MergeUnit merge, SplitUnit split, ActRoles roles, CurrentOfficer officer, TimeProvider clock)
{
    public async Task<Outcome<List<string>>> RunAsync(Reorganization act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(act);
        var codes = act.Steps.Select(s => s.UnitCode).ToList();
        var later = await db.UnitVersions.Where(v => v.ValidFrom > act.EffectiveOn)
            .Join(db.Units.Where(u => codes.Contains(u.Code)), v => v.UnitId, u => u.Id, (_, u) => u.Code).Distinct().ToListAsync(ct);
        if (later.Count > 0)
        {
            return Error.Rule(new(
                $"Các đơn vị {string.Join(", ", later)} đã có thay đổi ghi nhận sau ngày hiệu lực {act.EffectiveOn:dd/MM/yyyy}: văn bản không thể có hiệu lực trước các thay đổi đó.",
                $"Units {string.Join(", ", later)} have changes recorded after the effective date {act.EffectiveOn:yyyy-MM-dd}: the act cannot take effect before them."));
        }

        db.UnitFactsFrom = act.EffectiveOn;
        try
        {
            var left = new List<string>();
            for (var i = 0; i < act.Steps.Count; i++)
            {
                var done = await StepAsync(act.Steps[i], left, ct);
                if (done.Failed)
                {
                    var reason = done.Error.Describe("; ");
                    return Error.Rule(new($"Bước {i + 1} ({act.Steps[i].UnitCode}): {reason.Vi}", $"Step {i + 1} ({act.Steps[i].UnitCode}): {reason.En}"));
                }
            }

            return left;
        }
        finally
        {
            db.UnitFactsFrom = null;
        }
    }

    private async Task<Outcome<string>> StepAsync(ReorganizationStep step, List<string> left, CancellationToken ct)
    {
        switch (step.Kind)
        {
            case ReorganizationStepKind.Create:
                var created = await create.HandleAsync(new(step.UnitCode, step.Name, step.UnitKind, step.TargetCode, step.AgencyCode, null), ct);
                return created.Failed ? created.Error : created.Value.Code;
            case ReorganizationStepKind.Rename:
                var agency = step.AgencyCode ?? await db.Units.Where(u => u.Code == step.UnitCode).Select(u => u.AgencyCode).FirstOrDefaultAsync(ct);
                var renamed = await rename.HandleAsync(step.UnitCode, new(step.Name, agency), ct);
                return renamed.Failed || step.UnitKind is not { } kind ? renamed : await ReclassifyAsync(step.UnitCode, kind, ct);
            case ReorganizationStepKind.Move:
                return await move.HandleAsync(step.UnitCode, new(step.TargetCode), ct);
            case ReorganizationStepKind.Grant:
                return await roles.GrantAsync(step, ct);
            case ReorganizationStepKind.Revoke:
                return await roles.RevokeAsync(step, ct);
            default:
                var ended = step.Kind == ReorganizationStepKind.Split ? await split.HandleAsync(step, ct)
                    : await merge.EndAsync(step.UnitCode, step.TargetCode, step.Kind, step.Roles ?? RoleSuccession.Pass, ct);
                if (ended.Failed)
                {
                    return ended.Error;
                }

                left.AddRange(ended.Value.LeftBehind);
                return ended.Value.Code;
        }
    }

    /// <summary>
    /// A rename may also change what the unit is: Decree 118/2025 turned the one-stop desks (bộ phận một cửa) into public
    /// administration service centres, the same body receiving under a new name and kind.
    /// </summary>
    private async Task<Outcome<string>> ReclassifyAsync(string code, UnitKind kind, CancellationToken ct)
    {
        var unit = await db.Units.SingleAsync(u => u.Code == code, ct);
        if (unit.Kind != kind)
        {
            db.UnitChanges.Add(UnitLookup.Change(unit, UnitChangeKind.Edited, OrganizationLabels.Kind(unit.Kind), OrganizationLabels.Kind(kind), officer.UserName, clock.GetUtcNow()));
            unit.Kind = kind;
            await db.SaveChangesAsync(ct);
        }

        return code;
    }
}
