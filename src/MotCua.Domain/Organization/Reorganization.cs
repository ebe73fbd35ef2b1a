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

    /// <summary>When the scheduled application last refused the act on or after its day, and why (Vietnamese, English).</summary>
    public DateTimeOffset? FailedAt { get; set; }

    public string? FailureVi { get; set; }

    public string? FailureEn { get; set; }

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

    /// <summary>
    /// Chia tách: ended, its territory shared between <see cref="ReorganizationStep.TargetCode"/>, which takes its open work,
    /// and <see cref="ReorganizationStep.Parts"/>, which each receive a part (the 2025 acts split communes this way).
    /// </summary>
    Split,

    /// <summary>Giao vai trò: <see cref="ReorganizationStep.Officer"/> takes <see cref="ReorganizationStep.Role"/> at the unit.</summary>
    Grant,

    /// <summary>Thôi vai trò: <see cref="ReorganizationStep.Officer"/> no longer holds the role (or, without one, any role) at the unit.</summary>
    Revoke,
}

/// <summary>What becomes of the roles officers hold at a unit that an act ends.</summary>
public enum RoleSuccession
{
    /// <summary>Re-granted at the successor, the default: the officers move with the work.</summary>
    Pass,

    /// <summary>Ended with the unit: the act re-grants whom it keeps by <see cref="ReorganizationStepKind.Grant"/> steps.</summary>
    End,
}

/// <summary>One step of an act, on units named by code; <see cref="TargetCode"/> is the new parent or the successor.</summary>
public sealed record ReorganizationStep(ReorganizationStepKind Kind, string UnitCode, string? TargetCode, string? Name, UnitKind? UnitKind, string? AgencyCode)
{
    /// <summary>The other units that receive a part of a split unit.</summary>
    public List<string>? Parts { get; init; }

    /// <summary>The officer (login name) a grant or revocation is about.</summary>
    public string? Officer { get; init; }

    public Role? Role { get; init; }

    /// <summary>For a merger, abolition or split: what becomes of the roles held at the ended unit (pass when unset).</summary>
    public RoleSuccession? Roles { get; init; }

    /// <summary>Whether the step ends its unit in favour of <see cref="TargetCode"/>.</summary>
    public bool EndsUnit() => Kind is ReorganizationStepKind.Merge or ReorganizationStepKind.Abolish or ReorganizationStepKind.Split;
}
