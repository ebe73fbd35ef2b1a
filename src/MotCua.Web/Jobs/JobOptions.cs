namespace MotCua.Web.Jobs;

/// <summary>Section "Jobs": how long a node holds a job's lease between renewals, and how far the nodes' ticks are spread.</summary>
public sealed class JobOptions
{
    /// <summary>A node that dies mid-run keeps the job this long at most; a live one renews it every third of it.</summary>
    public TimeSpan LeaseHold { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The most a worker's first tick is delayed at random (and never more than a tenth of its interval).</summary>
    public TimeSpan MaxJitter { get; set; } = TimeSpan.FromSeconds(30);
}
