using MotCua.Domain.Organization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Organization;

public sealed record ReorganizationInfo(
    Guid Id, string DecisionNumber, DateOnly DecidedOn, DateOnly EffectiveOn, string Title, ReorganizationStatus Status,
    IReadOnlyList<ReorganizationStep> Steps, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? AppliedAt, IReadOnlyList<string> NotMoved,
    DateTimeOffset? FailedAt, string? Failure)
{
    /// <summary>In force by its date but refused by the scheduled application: the office still works on the old tree.</summary>
    public bool RefusedOnItsDay => Status == ReorganizationStatus.Adopted && FailedAt is not null;

    public static ReorganizationInfo Of(Reorganization act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return new(act.Id, act.DecisionNumber, act.DecidedOn, act.EffectiveOn, act.Title, act.Status, act.Steps, act.CreatedBy, act.CreatedAt, act.AppliedAt, act.NotMoved,
            act.FailedAt, act.FailureVi is null ? null : Text.Pick(act.FailureVi, act.FailureEn ?? act.FailureVi));
    }
}

/// <summary>
/// What an act touches, before it is applied: the units of its steps, the officers whose roles pass to a successor, the
/// open dossiers and procedures that pass, the plan tasks that follow, whose report duties change, what would stay behind,
/// and what stops it (empty when it can be applied on its day).
/// </summary>
public sealed record ReorganizationPreview(
    ReorganizationInfo Act, IReadOnlyList<string> Units, IReadOnlyList<string> Officers, int OpenDossiers,
    IReadOnlyList<string> OpenDossierCodes, IReadOnlyList<string> Procedures, int PlanTasks, IReadOnlyList<string> ReportDuties,
    IReadOnlyList<string> NotMoved, IReadOnlyList<string> Blockers);
