using System.Collections.Frozen;

namespace MotCua.Domain.Feedback;

/// <summary>
/// The allowed moves of a feedback (DOMAIN.md §6). Anything not listed is refused, so a new action is closed until
/// someone decides where it may happen.
/// </summary>
public static class FeedbackWorkflow
{
    private static readonly FrozenDictionary<FeedbackStatus, FrozenDictionary<FeedbackAction, FeedbackStatus>> Moves =
        new Dictionary<FeedbackStatus, FrozenDictionary<FeedbackAction, FeedbackStatus>>
        {
            // The unit it reached answers it itself, routes it, asks the sender for more, or refuses it as out of scope.
            [FeedbackStatus.Received] = Table(
                (FeedbackAction.Assign, FeedbackStatus.Assigned),
                (FeedbackAction.RequestInformation, FeedbackStatus.WaitingInformation),
                (FeedbackAction.Answer, FeedbackStatus.Answered),
                (FeedbackAction.Refuse, FeedbackStatus.Refused)),

            // A wrongly routed feedback can be routed on (INDICATORS-766.md: limits run again from the last transfer).
            [FeedbackStatus.Assigned] = Table(
                (FeedbackAction.Assign, FeedbackStatus.Assigned),
                (FeedbackAction.RequestInformation, FeedbackStatus.WaitingInformation),
                (FeedbackAction.Answer, FeedbackStatus.Answered),
                (FeedbackAction.Refuse, FeedbackStatus.Refused)),

            // The unit that asked handles what comes back, so the feedback is then assigned to it.
            [FeedbackStatus.WaitingInformation] = Table(
                (FeedbackAction.ReceiveInformation, FeedbackStatus.Assigned),
                (FeedbackAction.Refuse, FeedbackStatus.Refused)),

            // A written answer may be corrected until it is public; a personal matter is closed without publishing.
            [FeedbackStatus.Answered] = Table(
                (FeedbackAction.Answer, FeedbackStatus.Answered),
                (FeedbackAction.Publish, FeedbackStatus.Published),
                (FeedbackAction.Close, FeedbackStatus.Closed)),

            [FeedbackStatus.Published] = Table((FeedbackAction.Close, FeedbackStatus.Closed)),
            [FeedbackStatus.Closed] = Table(),
            [FeedbackStatus.Refused] = Table(),
        }.ToFrozenDictionary();

    /// <summary>The states in which the answer is still owed and its time limit runs.</summary>
    public static IReadOnlyList<FeedbackStatus> Running { get; } = [FeedbackStatus.Received, FeedbackStatus.Assigned];

    public static bool CanApply(FeedbackStatus from, FeedbackAction action) =>
        Moves.TryGetValue(from, out var moves) && moves.ContainsKey(action);

    /// <summary>The state after <paramref name="action"/>.</summary>
    /// <exception cref="InvalidOperationException">The action is not allowed in <paramref name="from"/>.</exception>
    public static FeedbackStatus Next(FeedbackStatus from, FeedbackAction action) =>
        Moves.TryGetValue(from, out var moves) && moves.TryGetValue(action, out var to)
            ? to
            : throw new InvalidOperationException($"A feedback in state {from} cannot take the action {FeedbackActions.Name(action)}.");

    /// <summary>The actions allowed in <paramref name="from"/>, in the order of <see cref="FeedbackAction"/>.</summary>
    public static IReadOnlyList<FeedbackAction> Allowed(FeedbackStatus from) =>
        Enum.GetValues<FeedbackAction>().Where(a => CanApply(from, a)).ToList();

    private static FrozenDictionary<FeedbackAction, FeedbackStatus> Table(params (FeedbackAction Action, FeedbackStatus To)[] moves) =>
        moves.ToFrozenDictionary(m => m.Action, m => m.To);
}
