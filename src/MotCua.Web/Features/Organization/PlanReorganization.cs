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
            Steps = [.. request.Steps!.Select(s => s with { UnitCode = s.UnitCode.Trim(), TargetCode = s.TargetCode?.Trim(), Name = s.Name?.Trim() })],
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
        { Kind: ReorganizationStepKind.Move or ReorganizationStepKind.Merge or ReorganizationStepKind.Abolish } when string.IsNullOrWhiteSpace(step.TargetCode) =>
            new("Bước này cần mã đơn vị đích (cấp trên mới hoặc đơn vị kế thừa).", "This step needs the target unit (the new parent or the successor)."),
        _ => null,
    };
}
