using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;

namespace MotCua.Domain.Aggregates;

/// <summary>
/// What one received dossier adds to the daily aggregates, read from its facts and events: each measure on the day
/// (Vietnam time) it happened. Recomputed whole after every change and compared with the previous tally, so an
/// aggregate maintained change by change equals one rebuilt from the events.
/// </summary>
public static class DossierTally
{
    /// <summary>
    /// The tally of <paramref name="dossier"/>: its channel, and the data it brought (digitized, reused, fees paid
    /// online, synchronized) on its receipt day; how processing ended on the end day — early, on time or late by
    /// <see cref="TimelinessRule"/> against the due instant then in force, late after a second supplement request
    /// (INDICATORS-766.md 2.1), withdrawn or refused; the rating on its day; the receiving officer and each completed
    /// step's officer.
    /// </summary>
    /// <param name="withFees">The procedure charges a non-zero fee and the dossier is not exempt (3.6).</param>
    /// <param name="resultIsDocument">The procedure returns a document, so digitized needs an electronic result (4.2).</param>
    public static IReadOnlyList<DailyCount> Of(
        DossierFacts dossier, IEnumerable<DossierEvent> events, bool withFees, bool resultIsDocument, DateTimeOffset? ratedAt)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(events);
        var received = Day(dossier.ReceivedAt);
        var counts = new List<DailyCount>
        {
            new(received, dossier.Channel switch
            {
                IntakeChannel.Online => DailyMeasure.ReceivedOnline,
                IntakeChannel.Postal => DailyMeasure.ReceivedPostal,
                _ => DailyMeasure.ReceivedCounter,
            }),
        };
        AddIf(counts, received, DailyMeasure.Digitized, DigitizationFormulas.IsDigitized(dossier, resultIsDocument));
        AddIf(counts, received, DailyMeasure.Reused, dossier.Components.Contains(ComponentOrigin.Reuse));
        AddIf(counts, received, DailyMeasure.WithFees, withFees);
        AddIf(counts, received, DailyMeasure.PaidOnline, withFees && dossier.PaidOnline);
        AddIf(counts, received, DailyMeasure.Synchronized, dossier.SynchronizedAt is not null);
        if (dossier.EndedAt is { } endedAt && dossier.End is { } end)
        {
            counts.Add(new(Day(endedAt), Ending(dossier, end, endedAt)));
            AddIf(counts, Day(endedAt), DailyMeasure.ElectronicResult, end is DossierEnd.Resolved or DossierEnd.Returned && dossier.HasElectronicResult);
        }

        if (dossier.Rating is { } level && ratedAt is { } rated)
        {
            counts.Add(new(Day(rated), level switch
            {
                SatisfactionLevel.VerySatisfied => DailyMeasure.RatedVerySatisfied,
                SatisfactionLevel.Satisfied => DailyMeasure.RatedSatisfied,
                _ => DailyMeasure.RatedUnsatisfied,
            }));
        }

        var history = events.OrderBy(e => e.Sequence).ToList();
        var receive = DossierActions.Name(DossierAction.Receive);
        var completeStep = DossierActions.Name(DossierAction.CompleteStep);
        if (history.FirstOrDefault(e => e.Type == receive) is { } receipt)
        {
            counts.Add(new(Day(receipt.At), DailyMeasure.ReceivedBy, receipt.ByUserName));
        }

        counts.AddRange(history.Where(e => e.Type == completeStep).Select(e => new DailyCount(Day(e.At), DailyMeasure.ProcessedBy, e.ByUserName)));
        return counts;
    }

    /// <summary>The Vietnam calendar day of an instant: the aggregates' day.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(WorkingCalendar.VietnamOffset).DateTime);

    private static DailyMeasure Ending(DossierFacts dossier, DossierEnd end, DateTimeOffset endedAt) => end switch
    {
        DossierEnd.Withdrawn => DailyMeasure.Withdrawn,
        DossierEnd.Refused => DailyMeasure.Refused,
        _ when dossier.SupplementRequestsBefore(endedAt) >= 2 => DailyMeasure.EndedLate,
        _ => TimelinessRule.Of(endedAt, dossier.DueAt(endedAt)) switch
        {
            Timeliness.Early => DailyMeasure.EndedEarly,
            Timeliness.OnTime => DailyMeasure.EndedOnTime,
            _ => DailyMeasure.EndedLate,
        },
    };

    private static void AddIf(List<DailyCount> counts, DateOnly day, DailyMeasure measure, bool condition)
    {
        if (condition)
        {
            counts.Add(new(day, measure));
        }
    }
}
