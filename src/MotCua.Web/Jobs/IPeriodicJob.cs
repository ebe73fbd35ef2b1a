namespace MotCua.Web.Jobs;

/// <summary>
/// A job that runs every few minutes on every node: it must be safe to repeat and to run on two nodes at once (unique
/// keys make a second run file nothing twice).
/// </summary>
public interface IPeriodicJob
{
    /// <summary>The setting that holds the interval between runs, e.g. <c>Jobs:LatenessInterval</c>.</summary>
    static abstract string IntervalSetting { get; }

    /// <summary>One run; answers how many things it filed.</summary>
    Task<int> RunAsync(CancellationToken ct);
}
