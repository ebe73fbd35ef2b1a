using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// How a dossier's history grows (DOMAIN.md §4): every state change is an appended event saying who, in which unit,
/// when, from and to which state, at which step, the due instant after it and the note.
/// </summary>
public static class DossierHistory
{
    /// <summary>The first event: <c>submit</c> for an online dossier entering the intake queue, <c>receive</c> for one received at once.</summary>
    public static DossierEvent Opened(Dossier dossier, string byUserName) => new()
    {
        DossierId = dossier.Id,
        Sequence = 1,
        Type = dossier.Status == DossierStatus.Submitted ? "submit" : DossierActions.Name(DossierAction.Receive),
        At = dossier.SubmittedAt,
        ByUserName = byUserName,
        UnitId = dossier.UnitId,
        ToStatus = dossier.Status,
        Step = 0,
        DueAt = dossier.DueAt,
    };

    /// <summary>The type of the event recording a component's file (số hóa); the dossier's state does not change.</summary>
    public const string Digitize = "digitize";

    /// <summary>
    /// The event numbered <paramref name="sequence"/> recording that a component was digitized, noted with the
    /// component and the file; the dossier's version moves on, as for any change to it.
    /// </summary>
    public static DossierEvent Digitized(Dossier dossier, int sequence, DateTimeOffset at, string byUserName, Guid unitId, string note) =>
        Noted(dossier, Digitize, sequence, at, byUserName, unitId, note);

    /// <summary>The type of the event recording that the applicant added the dossier to his portal account.</summary>
    public const string LinkAccount = "linkAccount";

    /// <summary>The event numbered <paramref name="sequence"/> recording that the dossier was added to a citizen's account.</summary>
    public static DossierEvent Linked(Dossier dossier, int sequence, DateTimeOffset at, string byUserName) =>
        Noted(dossier, LinkAccount, sequence, at, byUserName, dossier.CurrentUnitId, null);

    /// <summary>An event of type <paramref name="type"/> that leaves the dossier's state as it is; its version moves on, as for any change.</summary>
    public static DossierEvent Noted(Dossier dossier, string type, int sequence, DateTimeOffset at, string byUserName, Guid unitId, string? note)
    {
        dossier.Version++;
        return Changed(dossier, type, dossier.Status, sequence, at, byUserName, unitId, dossier.CurrentStep, note);
    }

    /// <summary>
    /// Moves the dossier to the state after <paramref name="action"/> (its other effects already applied) and returns
    /// the event numbered <paramref name="sequence"/>; <paramref name="step"/> is the step the action was taken at.
    /// </summary>
    /// <exception cref="InvalidOperationException">The workflow does not allow the action in the dossier's state.</exception>
    public static DossierEvent Record(Dossier dossier, DossierAction action, int sequence, DateTimeOffset at, string byUserName, Guid unitId, int step, string? note)
    {
        var from = dossier.Status;
        dossier.Status = DossierWorkflow.Next(from, action);
        dossier.Version++;
        return Changed(dossier, DossierActions.Name(action), from, sequence, at, byUserName, unitId, step, note);
    }

    /// <summary>An event after a change: the dossier's state and due instant as the change left them.</summary>
    private static DossierEvent Changed(Dossier dossier, string type, DossierStatus from, int sequence, DateTimeOffset at, string byUserName, Guid unitId, int step, string? note) => new()
    {
        DossierId = dossier.Id,
        Sequence = sequence,
        Type = type,
        At = at,
        ByUserName = byUserName,
        UnitId = unitId,
        FromStatus = from,
        ToStatus = dossier.Status,
        Step = step,
        DueAt = dossier.DueAt,
        Note = note,
    };
}
