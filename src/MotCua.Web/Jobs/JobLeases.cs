using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Jobs;

/// <summary>
/// Taking, renewing and releasing a job's lease (<see cref="JobLease"/>), so that one node at a time runs each
/// scheduled job and one run happens per period; and the mark of a once-a-day job's completed day.
/// </summary>
public static class JobLeases
{
    /// <summary>
    /// Ticks of other nodes that come later in the same period skip it: a run that began less than this share of the
    /// interval ago is the period's run. Below one, so that a node's next tick is never refused for a few milliseconds.
    /// </summary>
    private const double PeriodShare = 0.9;

    /// <summary>A name for one run on this node, for the lease row and the operators reading it.</summary>
    public static string NewHolder() =>
        $"{Environment.MachineName[..Math.Min(Environment.MachineName.Length, 60)]}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// True when <paramref name="holder"/> now holds the lease of <paramref name="name"/> until
    /// <paramref name="now"/> + <paramref name="hold"/>: nobody held it, and no run began in this period.
    /// </summary>
    public static async Task<bool> TryTakeAsync(MotCuaDbContext db, string name, string holder, DateTimeOffset now, TimeSpan hold, TimeSpan interval, CancellationToken ct)
    {
        var periodStart = now - interval * PeriodShare;
        Task<int> TakeAsync() => db.JobLeases
            .Where(l => l.Name == name && (l.LeasedUntil == null || l.LeasedUntil <= now) && (l.LastRunAt == null || l.LastRunAt <= periodStart))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, now + hold).SetProperty(l => l.LastRunAt, now), ct);

        // The row is inserted only when the job has none yet, not on every tick (the outbox ticks every few seconds).
        return await TakeAsync() == 1 || (await EnsureAsync(db, name, ct) == 1 && await TakeAsync() == 1);
    }

    /// <summary>Keeps the lease a while longer; false when another node took it after it lapsed.</summary>
    public static async Task<bool> RenewAsync(MotCuaDbContext db, string name, string holder, DateTimeOffset until, CancellationToken ct) =>
        await db.JobLeases.Where(l => l.Name == name && l.Holder == holder).ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, until), ct) == 1;

    /// <summary>The run is over: the lease is free (the period stays taken by <see cref="JobLease.LastRunAt"/>).</summary>
    public static Task ReleaseAsync(MotCuaDbContext db, string name, string holder, CancellationToken ct) =>
        db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.LeasedUntil, (DateTimeOffset?)null), ct);

    /// <summary>Whether the once-a-day job <paramref name="name"/> completed its run of <paramref name="day"/>.</summary>
    public static Task<bool> IsDoneAsync(MotCuaDbContext db, string name, DateOnly day, CancellationToken ct) =>
        db.JobLeases.AnyAsync(l => l.Name == name && l.DoneOn == day, ct);

    /// <summary>The day's run is complete: no node runs the job again until the next day.</summary>
    public static async Task MarkDoneAsync(MotCuaDbContext db, string name, DateOnly day, CancellationToken ct)
    {
        await EnsureAsync(db, name, ct);
        await db.JobLeases.Where(l => l.Name == name).ExecuteUpdateAsync(s => s.SetProperty(l => l.DoneOn, day), ct);
    }

    /// <summary>
    /// The job's row, inserted by the first node that needs it; a node inserting it at the same moment as another
    /// does nothing (no failed insert, no error in the logs).
    /// </summary>
    private static Task<int> EnsureAsync(MotCuaDbContext db, string name, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""INSERT INTO "JobLeases" ("Name") VALUES ({name}) ON CONFLICT DO NOTHING""", ct);
}
