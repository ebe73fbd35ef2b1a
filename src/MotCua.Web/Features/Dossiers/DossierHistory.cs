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
        return new DossierEvent
        {
            DossierId = dossier.Id,
            Sequence = sequence,
            Type = DossierActions.Name(action),
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
}
