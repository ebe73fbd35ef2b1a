using System.Diagnostics;
using System.Diagnostics.Metrics;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Common;

/// <summary>
/// The application's own spans and measurements, named "MotCua". Each instrument is recorded at its cause, in one place:
/// intake and import where the dossiers commit, jobs where every job runs; the outbox's gauges read their figures themselves.
/// </summary>
public static class Instruments
{
    public const string Name = "MotCua";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> DossiersReceived =
        Meter.CreateCounter<long>("motcua.dossiers.received", "{dossier}", "Dossiers received (committed), by intake channel");

    private static readonly Counter<long> DossiersImported =
        Meter.CreateCounter<long>("motcua.dossiers.imported", "{dossier}", "Past dossiers imported from another system (committed), by their intake channel; not counted as received");

    private static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("motcua.jobs.runs", "{run}", "Scheduled job runs on this node, by job");

    private static readonly Counter<long> JobFailures =
        Meter.CreateCounter<long>("motcua.jobs.failures", "{run}", "Scheduled job runs that failed or were stopped before their end, by job");

    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("motcua.jobs.duration", "s", "How long a scheduled job run lasted, by job");

    public static void Received(IntakeChannel channel) =>
        DossiersReceived.Add(1, new KeyValuePair<string, object?>("channel", channel.ToString().ToLowerInvariant()));

    public static void Imported(IEnumerable<IntakeChannel> channels)
    {
        foreach (var group in channels.GroupBy(c => c))
        {
            DossiersImported.Add(group.Count(), new KeyValuePair<string, object?>("channel", group.Key.ToString().ToLowerInvariant()));
        }
    }

    /// <summary>A job run that ended after <paramref name="duration"/>; <paramref name="failed"/> when it threw or was stopped.</summary>
    public static void JobRan(string job, TimeSpan duration, bool failed)
    {
        var tag = new KeyValuePair<string, object?>("job", job);
        JobRuns.Add(1, tag);
        JobDuration.Record(duration.TotalSeconds, tag);
        if (failed)
        {
            JobFailures.Add(1, tag);
        }
    }
}
