using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Dossiers;

public sealed record EventInfo(int Sequence, string Type, DateTimeOffset At, string ByUserName, string UnitCode, string? FromStatus, string ToStatus, int? Step, DateTimeOffset? DueAt, string? Note);

/// <summary>
/// One step of the control sheet (Mẫu 05): its allotted time and due instant, when it was handed on,
/// and whether that was early, on time or late.
/// </summary>
public sealed record StepInfo(int Index, string Name, string Role, string UnitCode, decimal Hours, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, Timeliness? Timeliness);

/// <summary>A file of the dossier: a component's digitized copy, or the result when <paramref name="Component"/> is null.</summary>
public sealed record AttachmentInfo(Guid Id, string? Component, string FileName, string MediaType, long Size, string Sha256, ComponentOrigin Origin, string UploadedBy, DateTimeOffset UploadedAt)
{
    public static AttachmentInfo Of(DossierAttachment a) =>
        new(a.Id, a.ComponentName, a.File.FileName, a.File.MediaType, a.File.Size, a.File.Sha256, a.Origin, a.UploadedBy, a.UploadedAt.ToOffset(Domain.Calendar.WorkingCalendar.VietnamOffset));
}

/// <summary>GET /api/v1/dossiers/{code}: the dossier with its history and control sheet.</summary>
public sealed record DossierDetail(
    string Code,
    string Status,
    string ProcedureCode,
    string ProcedureName,
    string UnitCode,
    string CurrentUnitCode,
    IntakeChannel Channel,
    Applicant Applicant,
    IReadOnlyList<ReceivedComponent> Components,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? RescheduledTo,
    DateTimeOffset? EndedAt,
    Timeliness? Timeliness,
    string? AssignedTo,
    int CurrentStep,
    IReadOnlyList<string> AllowedActions,
    IReadOnlyList<StepInfo> Steps,
    IReadOnlyList<EventInfo> History,
    ResultKind? ResultKind,
    ResultSignature? ResultSignature,
    IReadOnlyList<AttachmentInfo> Attachments,
    IReadOnlyList<Payment> Payments,
    bool Vneid,
    DateTimeOffset? SynchronizedAt);
