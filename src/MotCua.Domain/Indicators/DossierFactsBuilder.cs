using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Indicators;

/// <summary>Reads a dossier's <see cref="DossierFacts"/> from its row and its events (DOMAIN.md §4).</summary>
public static class DossierFactsBuilder
{
    /// <summary>
    /// The facts of <paramref name="dossier"/>, or null when it was never received. Stops, the end and the apology come
    /// from the events, because the row only holds the latest state and a past period must be computed as it stood.
    /// A dossier imported without due instants gets them from <paramref name="procedure"/>'s time limit, its clock
    /// replayed through the stops: INDICATORS-766.md 2.1, "on time if processing time − paused time ≤ the time limit".
    /// </summary>
    /// <exception cref="ArgumentNullException">A null argument (the calendar only when the dues are replayed).</exception>
    public static DossierFacts? From(
        Dossier dossier,
        IEnumerable<DossierEvent> events,
        Procedure procedure,
        WorkingCalendar? calendar,
        bool complained)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return From(DossierFactsRow.Of(dossier), events, procedure, calendar, complained);
    }

    /// <summary>
    /// The facts of a dossier from the columns its facts read (<see cref="DossierFactsRow"/>), as
    /// <see cref="From(Dossier, IEnumerable{DossierEvent}, Procedure, WorkingCalendar?, bool)"/>. The calendar is read only
    /// when <see cref="ReplaysDues"/>: a caller may leave it null otherwise and spare building it (every intake's save).
    /// </summary>
    /// <exception cref="ArgumentNullException">A null argument (the calendar only when the dues are replayed).</exception>
    public static DossierFacts? From(
        DossierFactsRow dossier,
        IEnumerable<DossierEvent> events,
        Procedure procedure,
        WorkingCalendar? calendar,
        bool complained)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(procedure);
        if (dossier.ReceivedAt is not { } receivedAt)
        {
            return null;
        }

        var afterReceipt = events.Where(e => DossierStops.AfterReceipt(e, receivedAt)).OrderBy(e => e.Sequence).ToList();
        var history = new History();
        afterReceipt.ForEach(history.Add);
        var stops = DossierStops.From(afterReceipt, receivedAt);

        return new DossierFacts
        {
            Code = dossier.Code,
            ProcedureCode = procedure.Code,
            Channel = dossier.Channel,
            ReceivedAt = receivedAt,
            Dues = history.Dues.Count > 0 ? history.Dues : Replayed(calendar ?? throw new ArgumentNullException(nameof(calendar)), procedure, receivedAt, stops),
            Stops = stops,
            EndedAt = history.EndedAt,
            End = history.End,
            Apologized = history.Apologized,
            Result = dossier.Result,
            ResultSigned = dossier.ResultSigned,
            ResultPushedToPersonalStore = dossier.ResultPushedToPersonalStore,
            Components = [.. dossier.Components.Select(c => c.Origin)],
            Vneid = dossier.Vneid,
            SynchronizedAt = dossier.SynchronizedAt,
            Payments = dossier.Payments,
            FeeExempt = dossier.FeeExempt,
            Rating = dossier.Rating,
            Complained = complained,
        };
    }

    /// <summary>
    /// Whether the facts of a dossier received at <paramref name="receivedAt"/> replay its clock on the working calendar:
    /// no event after its receipt records a due instant (an import without them). A dossier never received has no facts.
    /// </summary>
    public static bool ReplaysDues(DateTimeOffset? receivedAt, IEnumerable<DossierEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return receivedAt is { } received && !events.Any(e => e.DueAt is not null && DossierStops.AfterReceipt(e, received));
    }

    private static List<DueChange> Replayed(WorkingCalendar calendar, Procedure procedure, DateTimeOffset receivedAt, IEnumerable<DossierStop> stops)
    {
        DossierClock clock = procedure.SameDayCutoff is { } cutoff
            ? DossierClock.StartSameDay(calendar, receivedAt, cutoff)
            : DossierClock.Start(calendar, receivedAt, procedure.TimeLimit.WorkingTime(calendar.Hours.PerDay));
        var dues = new List<DueChange> { new(receivedAt, clock.DueAt) };
        foreach (DossierStop stop in stops)
        {
            if (stop.ResumedAt is { } resumed)
            {
                clock = clock.Stop(calendar, stop.At).Resume(calendar, resumed);
                dues.Add(new DueChange(resumed, clock.DueAt));
            }
        }

        return dues;
    }

    /// <summary>The events after receipt, read in order.</summary>
    private sealed class History
    {
        public List<DueChange> Dues { get; } = [];

        public DateTimeOffset? EndedAt { get; private set; }

        public DossierEnd? End { get; private set; }

        public bool Apologized { get; private set; }

        public void Add(DossierEvent e)
        {
            if (e.DueAt is { } due && (Dues.Count == 0 || Dues[^1].DueAt != due))
            {
                Dues.Add(new DueChange(e.At, due));
            }

            if (!DossierActions.TryParse(e.Type, out DossierAction action))
            {
                return;
            }

            switch (action)
            {
                case DossierAction.Apologize:
                    Apologized = true;
                    break;
                case DossierAction.IssueResult or DossierAction.ReturnResult or DossierAction.Refuse or DossierAction.Withdraw when End is null:
                    EndedAt = e.At;
                    End = action switch
                    {
                        DossierAction.IssueResult => DossierEnd.Resolved,
                        DossierAction.ReturnResult => DossierEnd.Returned,
                        DossierAction.Refuse => DossierEnd.Refused,
                        _ => DossierEnd.Withdrawn,
                    };
                    break;
            }
        }
    }
}
