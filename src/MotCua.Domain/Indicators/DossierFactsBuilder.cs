using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Indicators;

/// <summary>Reads a dossier's <see cref="DossierFacts"/> from its row and the timeline of its events (DOMAIN.md §4).</summary>
public static class DossierFactsBuilder
{
    /// <summary>
    /// The facts of a dossier from the columns its facts read (<see cref="DossierFactsRow"/>) and its
    /// <paramref name="timeline"/> (read from its events, or kept beside its tally); null when it was never received.
    /// Stops, the end and the apology come from the timeline, because the row only holds the latest state and a past
    /// period must be computed as it stood. A dossier imported without due instants gets them from
    /// <paramref name="procedure"/>'s time limit, its clock replayed through the stops: INDICATORS-766.md 2.1, "on time
    /// if processing time − paused time ≤ the time limit". The calendar is read only when
    /// <see cref="DossierTimeline.ReplaysDues"/>: a caller may leave it null otherwise and spare building it (every intake's save).
    /// </summary>
    /// <exception cref="ArgumentNullException">A null argument (the calendar only when the dues are replayed).</exception>
    public static DossierFacts? From(
        DossierFactsRow dossier,
        DossierTimeline timeline,
        Procedure procedure,
        WorkingCalendar? calendar,
        bool complained)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(procedure);
        if (dossier.ReceivedAt is not { } receivedAt)
        {
            return null;
        }

        return new DossierFacts
        {
            Code = dossier.Code,
            ProcedureCode = procedure.Code,
            Channel = dossier.Channel,
            ReceivedAt = receivedAt,
            Dues = timeline.ReplaysDues ? Replayed(calendar ?? throw new ArgumentNullException(nameof(calendar)), procedure, receivedAt, timeline.Stops) : timeline.Dues,
            Stops = timeline.Stops,
            EndedAt = timeline.EndedAt,
            End = timeline.End,
            Apologized = timeline.Apologized,
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
}
