using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;

namespace MotCua.Domain.Reports;

/// <summary>
/// Where one dossier counts in form II.06 (REPORTS.md §2) for a period: once on the intake side (received online, at the
/// desk or by post, or carried over) and once on the outcome side (resolved early, on time or late, or in progress within
/// time or overdue). Judged from its facts as they stood at the end of the period, so a closed period never changes and
/// a period's carried-over dossiers are the previous period's in progress.
/// </summary>
public static class ResolutionTally
{
    public const string ReceivedOnline = "receivedOnline";
    public const string ReceivedDesk = "receivedDesk";
    public const string CarriedOver = "carriedOver";
    public const string ResolvedEarly = "resolvedEarly";
    public const string ResolvedOnTime = "resolvedOnTime";
    public const string ResolvedLate = "resolvedLate";
    public const string PendingInTime = "pendingInTime";
    public const string PendingOverdue = "pendingOverdue";

    /// <summary>The two measures a dossier adds to, or null when the period does not count it (received after, or ended before it).</summary>
    public static (string Intake, string Outcome)? Classify(DossierFacts dossier, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(period);
        if (dossier.ReceivedAt >= period.To || dossier.EndedAt < period.From)
        {
            return null;
        }

        string intake = dossier.ReceivedAt < period.From ? CarriedOver
            : dossier.Channel == IntakeChannel.Online ? ReceivedOnline
            : ReceivedDesk;
        return (intake, Outcome(dossier, period.To));
    }

    public static Measures Count(IEnumerable<DossierFacts> dossiers, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var measures = new Measures();
        foreach (var dossier in dossiers)
        {
            if (Classify(dossier, period) is var (intake, outcome))
            {
                measures.Add(intake);
                measures.Add(outcome);
            }
        }

        return measures;
    }

    /// <summary>
    /// Ended in the period (indicator 2.1's end rule, <see cref="DossierFactsBuilder"/>): refused and withdrawn dossiers
    /// are on time whatever their dates (col. 9); others by <see cref="TimelinessRule"/> against the due instant then in
    /// force. Still open at the end: a dossier whose clock stands (waiting for a supplement, paused) is within time
    /// (col. 12); otherwise overdue once the due instant is before the end.
    /// </summary>
    private static string Outcome(DossierFacts dossier, DateTimeOffset end)
    {
        if (dossier.EndedAt is { } ended && ended < end)
        {
            return dossier.End is DossierEnd.Refused or DossierEnd.Withdrawn
                ? ResolvedOnTime
                : TimelinessRule.Of(ended, dossier.DueAt(ended)) switch
                {
                    Timeliness.Early => ResolvedEarly,
                    Timeliness.OnTime => ResolvedOnTime,
                    _ => ResolvedLate,
                };
        }

        bool stopped = dossier.Stops.Any(s => s.IsOpenAt(end));
        return stopped || end <= dossier.DueAt(end) ? PendingInTime : PendingOverdue;
    }
}
