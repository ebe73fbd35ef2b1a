using MotCua.Domain.Dossiers;
using MotCua.Web.Data.Entities;

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

/// <summary>
/// GET /api/v1/dossiers/{code}: the dossier with its history and control sheet. <see cref="AllowedActions"/> are what
/// its state allows; <see cref="MyActions"/> what the caller may do now, the process's next move first (<see cref="NextAction"/>, when it is his);
/// <see cref="OfficerNames"/> the full names of the officers it names (assignee, history, files) by user name; for a dossier
/// received regardless of administrative boundary, <see cref="ResultAt"/> and <see cref="ResultAtUnitCode"/> say where the
/// applicant collects the result (<see cref="ResultPlace"/>), null for any other.
/// </summary>
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
    DateTimeOffset? SynchronizedAt,
    PortalSyncInfo? Portal,
    IReadOnlyList<string> MyActions,
    string? NextAction,
    IReadOnlyDictionary<string, string> OfficerNames,
    string? ReceivedAtUnitCode,
    string? ResultAt,
    string? ResultAtUnitCode)
{
    /// <summary>The officer's full name, his user name when he is not known (an imported dossier's former staff).</summary>
    public string NameOf(string userName) => OfficerNames.GetValueOrDefault(userName, userName);
}

/// <summary>
/// The last change of the dossier sent to the national portal and what became of it: waiting (with the next attempt),
/// acknowledged (with the portal's reference), rejected (with its reason) or only written out by the file adapter.
/// </summary>
public sealed record PortalSyncInfo(
    int Version, PortalSyncState State, int Attempts, DateTimeOffset LastAttemptAt, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? AnsweredAt, string? AckId, string? RejectedReason, string? LastError)
{
    public static PortalSyncInfo Of(PortalSync s, TimeSpan offset) => new(
        s.Version, s.State, s.Attempts, s.LastAttemptAt.ToOffset(offset), s.NextAttemptAt?.ToOffset(offset),
        s.AnsweredAt?.ToOffset(offset), s.AckId, s.RejectedReason, s.LastError);
}
