namespace MotCua.Web.Data.Entities;

/// <summary>
/// Which node runs a once-a-day job (DESIGN.md, scale-out: every job once): the node that takes the lease with a
/// conditional update works until <see cref="LeasedUntil"/>; <see cref="DoneOn"/> says the day's run is complete, so
/// no node runs it again that day. A node that dies mid-run lets the lease lapse and another finishes the day.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; init; }

    public DateTimeOffset LeasedUntil { get; set; }

    public DateOnly? DoneOn { get; set; }
}
