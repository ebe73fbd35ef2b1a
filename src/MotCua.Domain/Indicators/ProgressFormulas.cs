namespace MotCua.Domain.Indicators;

/// <summary>Group 2, Tiến độ, kết quả giải quyết (INDICATORS-766.md 2.1, 2.2).</summary>
public static class ProgressFormulas
{
    /// <summary>2.1: dossiers received or processed in the period, those processed early or on time (<see cref="ProcessingTimeliness"/>).</summary>
    public static Fraction ProcessedOnTime(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        return Fraction.Of(
        [
            .. facts.Dossiers
                .Where(d => ProcessingTimeliness.Counts(d, context.Period))
                .Select(d => (d.Code, Verdict: ProcessingTimeliness.Judge(d, context.Period)))
                .Select(d => new CountedSubject(
                    SubjectKind.Dossier,
                    d.Code,
                    d.Verdict is ProcessingVerdict.EndedOnTime or ProcessingVerdict.InProgress,
                    SubjectReasons.Key(d.Verdict))),
        ]);
    }

    /// <summary>
    /// 2.2: working hours from receipt to the result, less the time stopped for the applicant, summed over the dossiers
    /// received in the period whose result was issued by its end, over their number. Working hours, whatever the
    /// procedure's unit: the page converts to its working days when it shows one procedure.
    /// </summary>
    public static Fraction AverageProcessingTime(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        decimal hours = 0;
        var counted = new List<CountedSubject>();
        foreach (DossierFacts dossier in facts.ReceivedIn(context.Period))
        {
            if (dossier.End is DossierEnd.Resolved or DossierEnd.Returned && dossier.EndedAt is { } ended && ended < context.Period.To)
            {
                TimeSpan stopped = dossier.Stops
                    .Where(s => s.ResumedAt is not null)
                    .Aggregate(TimeSpan.Zero, (sum, s) => sum + context.Calendar.WorkingTimeBetween(s.At, s.ResumedAt!.Value));
                hours += (decimal)(context.Calendar.WorkingTimeBetween(dossier.ReceivedAt, ended) - stopped).TotalHours;
                counted.Add(new CountedSubject(SubjectKind.Dossier, dossier.Code, InNumerator: true));
            }
        }

        return new Fraction(hours, counted.Count) { Subjects = counted };
    }
}
