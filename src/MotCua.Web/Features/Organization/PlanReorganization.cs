using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

public sealed record ReorganizationRequest(string? DecisionNumber, DateOnly? DecidedOn, DateOnly? EffectiveOn, string? Title, List<ReorganizationStep>? Steps);

/// <summary>Records a reorganization act as planned: nothing changes until it is adopted and its day comes.</summary>
public sealed class PlanReorganization(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock)
{
    public const int MaxSteps = 500;

    private const int MaxParts = 20;

    public async Task<Outcome<ReorganizationInfo>> HandleAsync(ReorganizationRequest request, CancellationToken ct)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var act = new Reorganization
        {
            DecisionNumber = request.DecisionNumber!.Trim(),
            DecidedOn = request.DecidedOn!.Value,
            EffectiveOn = request.EffectiveOn!.Value,
            Title = request.Title!.Trim(),
            Status = ReorganizationStatus.Planned,
            Steps = [.. request.Steps!.Select(s => s with
            {
                UnitCode = s.UnitCode.Trim(), TargetCode = s.TargetCode?.Trim(), Name = s.Name?.Trim(), Officer = s.Officer?.Trim(),
                Parts = s.Parts?.Select(p => p.Trim()).ToList(),
            })],
            CreatedBy = officer.UserName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Reorganizations.Add(act);
        await db.SaveChangesAsync(ct);
        return ReorganizationInfo.Of(act);
    }

    private static Dictionary<string, Text[]> Validate(ReorganizationRequest request)
    {
        var errors = new Dictionary<string, Text[]>();
        if (string.IsNullOrWhiteSpace(request.DecisionNumber) || request.DecisionNumber.Trim().Length > 60)
        {
            errors["decisionNumber"] = [new("Nhập số hiệu văn bản (tối đa 60 ký tự), ví dụ 1662/NQ-UBTVQH15.", "Enter the decision's number (at most 60 characters), e.g. 1662/NQ-UBTVQH15.")];
        }

        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 500)
        {
            errors["title"] = [new("Nhập trích yếu (tối đa 500 ký tự).", "Enter the title (at most 500 characters).")];
        }

        if (request.DecidedOn is null)
        {
            errors["decidedOn"] = [new("Nhập ngày ban hành (yyyy-MM-dd).", "Enter the date of the decision (yyyy-MM-dd).")];
        }

        if (request.EffectiveOn is null || request.EffectiveOn < request.DecidedOn)
        {
            errors["effectiveOn"] = [new("Nhập ngày có hiệu lực, không trước ngày ban hành.", "Enter the effective date, not before the date of the decision.")];
        }

        if (request.Steps is not { Count: > 0 and <= MaxSteps })
        {
            errors["steps"] = [new($"Văn bản phải có từ 1 đến {MaxSteps} bước sắp xếp.", $"An act has 1 to {MaxSteps} steps.")];
            return errors;
        }

        for (var i = 0; i < request.Steps.Count; i++)
        {
            if (StepError(request.Steps[i]) is { } error)
            {
                errors[$"steps[{i}]"] = [error];
            }
        }

        return errors;
    }

    private static Text? StepError(ReorganizationStep? step) => step switch
    {
        null or { UnitCode: null } => new("Thiếu loại bước hoặc mã đơn vị.", "The step's kind or unit code is missing."),
        _ when !Enum.IsDefined(step.Kind) => new("Loại bước không hợp lệ.", "Unknown kind of step."),
        _ when string.IsNullOrWhiteSpace(step.UnitCode) => new("Thiếu mã đơn vị.", "The unit code is missing."),
        { Kind: ReorganizationStepKind.Create } when string.IsNullOrWhiteSpace(step.Name) || step.UnitKind is null =>
            new("Thành lập đơn vị cần tên và loại đơn vị.", "A new unit needs a name and a kind."),
        { Kind: ReorganizationStepKind.Rename } when string.IsNullOrWhiteSpace(step.Name) => new("Đổi tên cần tên mới.", "A rename needs the new name."),
        _ when (step.Kind == ReorganizationStepKind.Move || step.EndsUnit()) && string.IsNullOrWhiteSpace(step.TargetCode) =>
            new("Bước này cần mã đơn vị đích (cấp trên mới hoặc đơn vị kế thừa).", "This step needs the target unit (the new parent or the successor)."),
        { Kind: ReorganizationStepKind.Split } when step.Parts is not { Count: > 0 and <= MaxParts } || step.Parts.Any(p => string.IsNullOrWhiteSpace(p) || p.Trim() == step.UnitCode.Trim() || p.Trim() == step.TargetCode!.Trim()) =>
            new($"Chia tách cần từ 1 đến {MaxParts} đơn vị nhận một phần, khác đơn vị bị chia và đơn vị kế thừa hồ sơ.", $"A split needs 1 to {MaxParts} units that receive a part, other than the split unit and the one taking its open work."),
        { Kind: ReorganizationStepKind.Grant } when string.IsNullOrWhiteSpace(step.Officer) || step.Role is not { } role || !Enum.IsDefined(role) =>
            new("Giao vai trò cần tên đăng nhập của cán bộ và vai trò.", "A grant needs the officer's login name and the role."),
        { Kind: ReorganizationStepKind.Revoke } when string.IsNullOrWhiteSpace(step.Officer) =>
            new("Thôi vai trò cần tên đăng nhập của cán bộ.", "Ending a role needs the officer's login name."),
        _ when step.Roles is not null && (!step.EndsUnit() || !Enum.IsDefined(step.Roles.Value)) =>
            new("Chỉ bước sáp nhập, giải thể, chia tách mới nói vai trò của cán bộ được giữ (pass) hay chấm dứt (end).", "Only a merger, abolition or split says whether the officers' roles pass or end."),
        _ => null,
    };
}
