namespace MotCua.Domain.Organization;

/// <summary>
/// One dated act of reorganization (a resolution or decision sắp xếp đơn vị hành chính, e.g. Resolution 1662/NQ-UBTVQH15
/// in force 1 July 2025): its steps take effect together on <see cref="EffectiveOn"/>, which may be past (the facts are
/// then dated from it) or future (applied on that day). Planned, it is previewed; adopted, it waits for its day; until it
/// is in force it can be withdrawn.
/// </summary>
public sealed class Reorganization
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Số hiệu văn bản, e.g. 1662/NQ-UBTVQH15.</summary>
    public required string DecisionNumber { get; set; }

    public DateOnly DecidedOn { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public required string Title { get; set; }

    public ReorganizationStatus Status { get; set; }

    public List<ReorganizationStep> Steps { get; init; } = [];

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? AppliedAt { get; set; }

    /// <summary>What could not follow its unit when the act was applied (nothing is dropped silently).</summary>
    public List<string> NotMoved { get; init; } = [];

    /// <summary>Withdrawn only while not in force: adopted acts wait for their day, applied ones are history.</summary>
    public bool CanWithdraw => Status is ReorganizationStatus.Planned or ReorganizationStatus.Adopted;
}

public enum ReorganizationStatus
{
    Planned,
    Adopted,
    Applied,
    Withdrawn,
}

public enum ReorganizationStepKind
{
    /// <summary>Thành lập: a new unit (<see cref="ReorganizationStep.Name"/>, kind, parent).</summary>
    Create,

    /// <summary>Đổi tên.</summary>
    Rename,

    /// <summary>Chuyển sang đơn vị cấp trên khác (<see cref="ReorganizationStep.TargetCode"/>).</summary>
    Move,

    /// <summary>Sáp nhập vào <see cref="ReorganizationStep.TargetCode"/>, its successor.</summary>
    Merge,

    /// <summary>Giải thể: ended, with its open work passed to <see cref="ReorganizationStep.TargetCode"/>, its successor.</summary>
    Abolish,
}

/// <summary>One step of an act, on units named by code; <see cref="TargetCode"/> is the new parent or the successor.</summary>
public sealed record ReorganizationStep(ReorganizationStepKind Kind, string UnitCode, string? TargetCode, string? Name, UnitKind? UnitKind, string? AgencyCode);
