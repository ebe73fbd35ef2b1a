using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Indicators;

/// <summary>
/// The rules of INDICATORS-766.md 2.1: which dossiers a period judges, and which of them were processed early or on
/// time. Everything is judged as it stood at the end of the period, so a closed period's figure never changes.
/// </summary>
public static class ProcessingTimeliness
{
    /// <summary>
    /// When processing had ended as of <paramref name="asOf"/>, or null while it went on. It ends at the first of
    /// resolved, returned, refused, withdrawn; and a dossier left waiting for a supplement that the applicant never
    /// brought back ends at the request — also when it was refused or withdrawn later for that reason.
    /// </summary>
    public static DateTimeOffset? EndAsOf(DossierFacts dossier, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        DateTimeOffset? ended = dossier.EndedAt < asOf ? dossier.EndedAt : null;
        DossierStop? waiting = dossier.Stops.LastOrDefault(s => s.Supplement && s.IsOpenAt(ended ?? asOf));
        return waiting?.At ?? ended;
    }

    /// <summary>Received or processed in the period: received before its end, and not ended before its start.</summary>
    public static bool Counts(DossierFacts dossier, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(period);
        return dossier.ReceivedAt < period.To && (EndAsOf(dossier, period.To) is not { } end || end >= period.From);
    }

    /// <summary>
    /// Early or on time: ended at or before the due instant then in force (exactly at it is on time), or still in
    /// progress and not overdue at the end of the period — a paused dossier is judged at its pause, as its clock does
    /// not run. A second supplement request makes the dossier late: the law allows one, complete request (Decree
    /// 61/2018 art. 15). An apology never makes a late dossier on time: it is not read here.
    /// </summary>
    public static bool OnTime(DossierFacts dossier, ReportingPeriod period) =>
        Judge(dossier, period) is ProcessingVerdict.EndedOnTime or ProcessingVerdict.InProgress;

    /// <summary>The verdict <see cref="OnTime"/> reads, with its reason: ended or still in progress, on time or not.</summary>
    public static ProcessingVerdict Judge(DossierFacts dossier, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(period);
        if (dossier.SupplementRequestsBefore(period.To) >= 2)
        {
            return ProcessingVerdict.SecondSupplement;
        }

        DateTimeOffset? ended = EndAsOf(dossier, period.To);
        DateTimeOffset judgedAt = ended
            ?? dossier.Stops.FirstOrDefault(s => s.IsOpenAt(period.To))?.At
            ?? period.To;
        bool onTime = judgedAt <= dossier.DueAt(judgedAt);
        return ended is null
            ? onTime ? ProcessingVerdict.InProgress : ProcessingVerdict.Overdue
            : onTime ? ProcessingVerdict.EndedOnTime : ProcessingVerdict.EndedLate;
    }
}
