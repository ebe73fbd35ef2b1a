using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Indicators;

/// <summary>
/// What a dossier's facts read from its events after receipt (<see cref="DossierFactsBuilder"/>): the due instants its
/// events recorded, the stops of its clock, how and when processing ended, and whether an apology was sent. Kept beside
/// the dossier's tally whenever its events change (<see cref="DossierTimelineText"/>), so that a period's index and
/// reports read one row a dossier instead of its eight or so events (issue 19).
/// </summary>
/// <param name="Dues">The due instants recorded by the events, each from the event that set it; empty for an import without them, whose dues are replayed on the calendar.</param>
public sealed record DossierTimeline(
    IReadOnlyList<DueChange> Dues,
    IReadOnlyList<DossierStop> Stops,
    DateTimeOffset? EndedAt,
    DossierEnd? End,
    bool Apologized)
{
    /// <summary>The timeline of a dossier received at <paramref name="receivedAt"/> from its events, in any order.</summary>
    public static DossierTimeline Of(IEnumerable<DossierEvent> events, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(events);
        var afterReceipt = DossierStops.InOrderAfterReceipt(events, receivedAt);
        var dues = new List<DueChange>();
        DateTimeOffset? endedAt = null;
        DossierEnd? end = null;
        var apologized = false;
        foreach (var e in afterReceipt)
        {
            if (e.DueAt is { } due && (dues.Count == 0 || dues[^1].DueAt != due))
            {
                dues.Add(new DueChange(e.At, due));
            }

            if (!DossierActions.TryParse(e.Type, out DossierAction action))
            {
                continue;
            }

            switch (action)
            {
                case DossierAction.Apologize:
                    apologized = true;
                    break;
                case DossierAction.IssueResult or DossierAction.ReturnResult or DossierAction.Refuse or DossierAction.Withdraw when end is null:
                    endedAt = e.At;
                    end = action switch
                    {
                        DossierAction.IssueResult => DossierEnd.Resolved,
                        DossierAction.ReturnResult => DossierEnd.Returned,
                        DossierAction.Refuse => DossierEnd.Refused,
                        _ => DossierEnd.Withdrawn,
                    };
                    break;
            }
        }

        return new DossierTimeline(dues, DossierStops.FromInOrder(afterReceipt), endedAt, end, apologized);
    }

    /// <summary>No event after receipt recorded a due instant (an import without them): the dues are replayed on the working calendar.</summary>
    public bool ReplaysDues => Dues.Count == 0;
}
