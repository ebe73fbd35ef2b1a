namespace MotCua.Web.Data.Entities;

/// <summary>
/// Which node runs a scheduled job (DESIGN.md, scale-out: every job once), one row per job. The node that takes the
/// lease with a conditional update names itself in <see cref="Holder"/> and renews <see cref="LeasedUntil"/> while it
/// works; <see cref="LastRunAt"/> keeps the other nodes' ticks of the same period from running the job again. A node
/// that dies mid-run lets the lease lapse and another runs the next period. <see cref="DoneOn"/> says a once-a-day
/// job's run is complete, so no node runs it again that day.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; init; }

    /// <summary>The node and run holding the lease; null when free.</summary>
    public string? Holder { get; set; }

    public DateTimeOffset? LeasedUntil { get; set; }

    /// <summary>When the last run began, on whichever node.</summary>
    public DateTimeOffset? LastRunAt { get; set; }

    public DateOnly? DoneOn { get; set; }
}
