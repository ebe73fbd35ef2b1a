using System.Collections.Frozen;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// The allowed moves of a dossier (DOMAIN.md §4; Decree 61/2018 arts. 15–20 as amended by Decree 107/2021).
/// Anything not listed is refused, so a new action is closed until someone decides where it may happen.
/// </summary>
public static class DossierWorkflow
{
    private static readonly FrozenDictionary<DossierStatus, FrozenDictionary<DossierAction, DossierStatus>> Moves =
        new Dictionary<DossierStatus, FrozenDictionary<DossierAction, DossierStatus>>
        {
            // An online dossier is checked at the desk (Decree 61/2018 art. 15; Decree 45/2020 art. 13): received,
            // sent back for a supplement, refused, or withdrawn before anyone looked at it.
            [DossierStatus.Submitted] = Table(
                (DossierAction.Receive, DossierStatus.InProgress),
                (DossierAction.RequestSupplement, DossierStatus.WaitingSupplement),
                (DossierAction.Refuse, DossierStatus.Refused),
                (DossierAction.Withdraw, DossierStatus.Withdrawn)),

            // Processing (art. 17): internal moves keep the state; the apology (Mẫu 04) does too.
            [DossierStatus.InProgress] = Table(
                (DossierAction.Assign, DossierStatus.InProgress),
                (DossierAction.Transfer, DossierStatus.InProgress),
                (DossierAction.CompleteStep, DossierStatus.InProgress),
                (DossierAction.Apologize, DossierStatus.InProgress),
                (DossierAction.RequestSupplement, DossierStatus.WaitingSupplement),
                (DossierAction.Pause, DossierStatus.Paused),
                (DossierAction.Refuse, DossierStatus.Refused),
                (DossierAction.Approve, DossierStatus.Approved),
                (DossierAction.Withdraw, DossierStatus.Withdrawn)),

            // The applicant brings the supplement, or the dossier is refused / withdrawn (art. 17).
            [DossierStatus.WaitingSupplement] = Table(
                (DossierAction.ReceiveSupplement, DossierStatus.InProgress),
                (DossierAction.Refuse, DossierStatus.Refused),
                (DossierAction.Withdraw, DossierStatus.Withdrawn)),

            [DossierStatus.Paused] = Table(
                (DossierAction.Resume, DossierStatus.InProgress),
                (DossierAction.Withdraw, DossierStatus.Withdrawn)),

            // Signed but not issued: the result can still be late, so an apology is still possible.
            [DossierStatus.Approved] = Table(
                (DossierAction.IssueResult, DossierStatus.ResultIssued),
                (DossierAction.Apologize, DossierStatus.Approved)),

            [DossierStatus.ResultIssued] = Table(
                (DossierAction.ReturnResult, DossierStatus.Returned)),

            [DossierStatus.Returned] = Table(),
            [DossierStatus.Refused] = Table(),
            [DossierStatus.Withdrawn] = Table(),
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<DossierStatus, IReadOnlyList<DossierAction>> AllowedLists =
        Moves.ToFrozenDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<DossierAction>)[.. Enum.GetValues<DossierAction>().Where(pair.Value.ContainsKey)]);

    /// <summary>Whether <paramref name="action"/> may be applied to a dossier in <paramref name="from"/>.</summary>
    public static bool CanApply(DossierStatus from, DossierAction action) =>
        Moves.TryGetValue(from, out var moves) && moves.ContainsKey(action);

    /// <summary>The state after <paramref name="action"/>.</summary>
    /// <exception cref="InvalidOperationException">The action is not allowed in <paramref name="from"/>.</exception>
    public static DossierStatus Next(DossierStatus from, DossierAction action) =>
        Moves.TryGetValue(from, out var moves) && moves.TryGetValue(action, out DossierStatus to)
            ? to
            : throw new InvalidOperationException($"A dossier in state {from} cannot take the action {DossierActions.Name(action)}.");

    /// <summary>The actions allowed in <paramref name="from"/>, in the order of <see cref="DossierAction"/>.</summary>
    public static IReadOnlyList<DossierAction> Allowed(DossierStatus from) =>
        AllowedLists.TryGetValue(from, out var list) ? list : [];

    /// <summary>Returned, refused and withdrawn dossiers are closed: nothing more can happen to them.</summary>
    public static bool IsFinal(DossierStatus status) =>
        status is DossierStatus.Returned or DossierStatus.Refused or DossierStatus.Withdrawn;

    /// <summary>
    /// Whether the time limit is being used up. It is not before receipt (the limit counts from receipt of a complete
    /// dossier: Decree 61/2018 art. 15), while waiting for the applicant's supplement or paused (time waiting for the
    /// applicant does not count: art. 17, DOMAIN.md §2), nor once the result is issued: processing ended then
    /// (INDICATORS-766.md 2.1, "resolved" comes first), and the applicant's collecting it is not the office's time.
    /// </summary>
    public static bool ClockRuns(DossierStatus status) =>
        status is DossierStatus.InProgress or DossierStatus.Approved;

    /// <summary>The states whose clock runs, as a list queries can filter on.</summary>
    public static IReadOnlyList<DossierStatus> Running { get; } = Enum.GetValues<DossierStatus>().Where(ClockRuns).ToArray();

    private static FrozenDictionary<DossierAction, DossierStatus> Table(params (DossierAction Action, DossierStatus To)[] moves) =>
        moves.ToFrozenDictionary(m => m.Action, m => m.To);
}
