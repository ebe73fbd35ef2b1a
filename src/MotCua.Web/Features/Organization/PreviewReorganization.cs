using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// What an act would touch if applied now (issue 17): read from today's records, then checked by carrying it out in a
/// transaction that is rolled back, so the blockers are exactly what applying it would refuse. Its steps name the units
/// as they stood the day before it took effect, so that an applied act still reads "Bình Phước becomes Đồng Nai".
/// </summary>
public sealed class PreviewReorganization(MotCuaDbContext db, ReorganizationRunner runner, OrganizationHistory history)
{
    private const int ListedDossiers = 50;

    public async Task<Outcome<ReorganizationPreview>> HandleAsync(Guid id, CancellationToken ct)
    {
        var act = await db.Reorganizations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (act is null)
        {
            return ReorganizationLookup.NotFound(id);
        }

        var units = (await history.AsOfAsync(act.EffectiveOn.AddDays(-1), ct)).ToDictionary(u => u.Code);
        var ended = act.Steps.Where(s => s.EndsUnit())
            .Select(s => (Unit: units.GetValueOrDefault(s.UnitCode), Step: s)).Where(e => e.Unit is not null).ToDictionary(e => e.Unit!.Id, e => (e.Unit!.Code, e.Step));
        var endedIds = ended.Keys.ToList();
        var officers = await db.RoleGrants.AsNoTracking().Where(g => endedIds.Contains(g.UnitId))
            .Join(db.Officers, g => g.OfficerId, o => o.Id, (g, o) => new { o.FullName, o.UserName, g.Role, g.UnitId }).ToListAsync(ct);
        var open = db.Dossiers.AsNoTracking().Where(d => endedIds.Contains(d.CurrentUnitId) && d.EndedAt == null);
        var procedures = await db.Set<ProcedureUnit>().AsNoTracking().Where(p => endedIds.Contains(p.UnitId))
            .Join(db.Procedures, p => p.ProcedureId, p => p.Id, (_, p) => p.Code).Distinct().OrderBy(c => c).ToListAsync(ct);
        var dry = await DryRunAsync(act, ct);
        return new ReorganizationPreview(
            ReorganizationInfo.Of(act),
            [.. act.Steps.Select(s => Describe(s, units))],
            [.. officers.Select(o => RoleLine($"{o.FullName} ({o.UserName}), {OrganizationLabels.Role(o.Role)}", ended[o.UnitId].Code, ended[o.UnitId].Step)),
                .. act.Steps.Where(s => s.Kind is ReorganizationStepKind.Grant or ReorganizationStepKind.Revoke).Select(s => Describe(s, units))],
            await open.CountAsync(ct),
            await open.OrderBy(d => d.Code).Select(d => d.Code).Take(ListedDossiers).ToListAsync(ct),
            procedures,
            await db.PlanTasks.CountAsync(t => endedIds.Contains(t.LeadUnitId), ct),
            [.. act.Steps.Where(s => s.Kind is not (ReorganizationStepKind.Rename or ReorganizationStepKind.Grant or ReorganizationStepKind.Revoke)).Select(ReportDuty)],
            dry.Failed ? [] : dry.Value,
            dry.Failed ? [(dry.Error.Detail ?? dry.Error.Title).ToString()] : []);
    }

    private async Task<Outcome<List<string>>> DryRunAsync(Reorganization act, CancellationToken ct)
    {
        if (!act.CanWithdraw)
        {
            return new List<string>();
        }

        await using var transaction = await db.Database.BeginWriteAsync(ct);
        try
        {
            return await runner.RunAsync(act, ct);
        }
        finally
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private static string Describe(ReorganizationStep step, Dictionary<string, Unit> units)
    {
        var name = units.TryGetValue(step.UnitCode, out var unit) ? $"{unit.Name} ({step.UnitCode})" : step.UnitCode;
        return step.Kind switch
        {
            ReorganizationStepKind.Create => Text.Pick($"Thành lập {step.Name} ({step.UnitCode}) thuộc {step.TargetCode ?? "—"}", $"Create {step.Name} ({step.UnitCode}) under {step.TargetCode ?? "—"}"),
            ReorganizationStepKind.Rename when step.UnitKind is { } kind => Text.Pick($"Đổi tên {name} thành {step.Name} ({OrganizationLabels.Kind(kind)})", $"Rename {name} to {step.Name} ({OrganizationLabels.Kind(kind)})"),
            ReorganizationStepKind.Rename => Text.Pick($"Đổi tên {name} thành {step.Name}", $"Rename {name} to {step.Name}"),
            ReorganizationStepKind.Move => Text.Pick($"Chuyển {name} về trực thuộc {step.TargetCode}", $"Move {name} under {step.TargetCode}"),
            ReorganizationStepKind.Merge => Text.Pick($"Sáp nhập {name} vào {step.TargetCode}", $"Merge {name} into {step.TargetCode}"),
            ReorganizationStepKind.Abolish => Text.Pick($"Giải thể {name}, kế thừa: {step.TargetCode}", $"Abolish {name}, successor: {step.TargetCode}"),
            ReorganizationStepKind.Split => Text.Pick(
                $"Chia tách {name}: hồ sơ đang giải quyết chuyển {step.TargetCode}; nhận một phần: {string.Join(", ", step.Parts ?? [])}",
                $"Split {name}: open work to {step.TargetCode}; parts to {string.Join(", ", step.Parts ?? [])}"),
            ReorganizationStepKind.Grant => Text.Pick(
                $"{step.Officer}: giao vai trò {OrganizationLabels.Role(step.Role!.Value)} tại {name}", $"{step.Officer}: granted {OrganizationLabels.Role(step.Role!.Value)} at {name}"),
            _ => Text.Pick(
                $"{step.Officer}: thôi vai trò {(step.Role is { } role ? OrganizationLabels.Role(role) : "(mọi vai trò)")} tại {name}",
                $"{step.Officer}: ends {(step.Role is { } ended ? OrganizationLabels.Role(ended) : "(every role)")} at {name}"),
        };
    }

    private static string RoleLine(string holder, string code, ReorganizationStep step) => step.Roles == RoleSuccession.End
        ? Text.Pick($"{holder}: chấm dứt cùng {code}", $"{holder}: ends with {code}")
        : $"{holder}: {code} → {step.TargetCode}";

    private static string ReportDuty(ReorganizationStep step) => step.Kind switch
    {
        ReorganizationStepKind.Create => Text.Pick(
            $"{step.UnitCode}: báo cáo định kỳ từ kỳ có ngày hiệu lực, gửi {step.TargetCode ?? "—"}",
            $"{step.UnitCode}: reports from the period of the effective day, to {step.TargetCode ?? "—"}"),
        ReorganizationStepKind.Move => Text.Pick(
            $"{step.UnitCode}: báo cáo định kỳ gửi {step.TargetCode} từ kỳ có ngày hiệu lực",
            $"{step.UnitCode}: reports to {step.TargetCode} from the period of the effective day"),
        _ => Text.Pick(
            $"{step.UnitCode}: thôi báo cáo từ kỳ có ngày hiệu lực; số liệu của đơn vị tính vào {step.TargetCode}",
            $"{step.UnitCode}: no more reports from the period of the effective day; its figures count at {step.TargetCode}"),
    };
}
