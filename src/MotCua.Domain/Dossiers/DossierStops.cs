namespace MotCua.Domain.Dossiers;

/// <summary>
/// The times a dossier's clock stood still after receipt, read from its events (a supplement requested or a pause,
/// until the supplement or the resumption): what the control sheet's step due times and the indicators both leave
/// out of the time limit (Decree 61/2018 art. 17).
/// </summary>
public static class DossierStops
{
    /// <summary>
    /// The stops in order, the one never resumed (if any) last. A supplement asked for at the desk before receipt is
    /// part of intake, not a stop: the time limit had not started.
    /// </summary>
    public static IReadOnlyList<DossierStop> From(IEnumerable<DossierEvent> events, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(events);
        return FromInOrder(InOrderAfterReceipt(events, receivedAt));
    }

    /// <summary>
    /// The events after receipt (<see cref="AfterReceipt(DossierEvent, DateTimeOffset)"/>) in the order they happened:
    /// what the stops read, and a dossier's timeline too, which hands them on to <see cref="FromInOrder"/> rather than
    /// have them filtered and sorted twice.
    /// </summary>
    internal static List<DossierEvent> InOrderAfterReceipt(IEnumerable<DossierEvent> events, DateTimeOffset receivedAt) =>
        [.. events.Where(e => AfterReceipt(e, receivedAt)).OrderBy(e => e.Sequence)];

    /// <summary>The stops, as <see cref="From"/>, among events already <see cref="InOrderAfterReceipt"/>.</summary>
    internal static IReadOnlyList<DossierStop> FromInOrder(IEnumerable<DossierEvent> afterReceipt)
    {
        var stops = new List<DossierStop>();
        DossierStop? open = null;
        foreach (DossierEvent e in afterReceipt)
        {
            if (!DossierActions.TryParse(e.Type, out DossierAction action))
            {
                continue;
            }

            switch (action)
            {
                case DossierAction.RequestSupplement or DossierAction.Pause:
                    open = new DossierStop(e.At, null, action == DossierAction.RequestSupplement);
                    break;
                case DossierAction.ReceiveSupplement or DossierAction.Resume when open is not null:
                    stops.Add(open with { ResumedAt = e.At });
                    open = null;
                    break;
            }
        }

        return open is null ? stops : [.. stops, open];
    }

    /// <summary>Whether an event belongs to the time after receipt (an intake supplement request does not).</summary>
    public static bool AfterReceipt(DossierEvent e, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.At >= receivedAt && !(e.FromStatus == DossierStatus.Submitted && e.Type == DossierActions.Name(DossierAction.RequestSupplement));
    }
}
