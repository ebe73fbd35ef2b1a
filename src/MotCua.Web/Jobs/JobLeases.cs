using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Jobs;

/// <summary>Taking and completing a once-a-day job's lease (<see cref="JobLease"/>), so that one node does the day's run.</summary>
public static class JobLeases
{
    /// <summary>
    /// True when this node now holds the lease of <paramref name="name"/> for <paramref name="day"/>: the day's run is
    /// not done and no other node holds it. The first run ever inserts the row; of two nodes inserting it, one wins.
    /// </summary>
    public static async Task<bool> TryTakeAsync(MotCuaDbContext db, string name, DateOnly day, DateTimeOffset now, TimeSpan hold, CancellationToken ct)
    {
        var taken = await db.JobLeases.Where(l => l.Name == name && l.DoneOn != day && l.LeasedUntil <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, now + hold), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease { Name = name, LeasedUntil = now + hold });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The day's run is complete: the lease is free, and no node runs the job again until the next day.</summary>
    public static Task MarkDoneAsync(MotCuaDbContext db, string name, DateOnly day, DateTimeOffset now, CancellationToken ct) =>
        db.JobLeases.Where(l => l.Name == name).ExecuteUpdateAsync(s => s.SetProperty(l => l.DoneOn, day).SetProperty(l => l.LeasedUntil, now), ct);
}
