using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Domain.Calendar;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Common;

/// <summary>
/// The working calendars <see cref="CalendarSource"/> built, one a unit, kept for <c>Calendar:CacheSeconds</c> (60
/// unless configured): every intake, action, inbox page, dossier page and import needs one, and building it read every
/// published year with its days on each request (14 % of an import's time). A change saved on this node is forgotten
/// at once (<see cref="CalendarChanges"/>); one saved on another node is honoured within that time, as sessions are.
/// </summary>
public sealed class CalendarCache(TimeProvider clock, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<Guid, (WorkingCalendar Calendar, DateTimeOffset ReadAt)> kept = new();
    private readonly TimeSpan lifetime = TimeSpan.FromSeconds(configuration.GetValue("Calendar:CacheSeconds", 60));
    private long generation;

    public async Task<WorkingCalendar> GetAsync(Guid? unitId, Func<Task<WorkingCalendar>> read)
    {
        var key = unitId ?? Guid.Empty;
        var now = clock.GetUtcNow();
        if (kept.TryGetValue(key, out var entry) && now - entry.ReadAt < lifetime)
        {
            return entry.Calendar;
        }

        // A read that began before a change was forgotten must not put back what it read.
        var before = Interlocked.Read(ref generation);
        var calendar = await read();
        if (Interlocked.Read(ref generation) == before)
        {
            kept[key] = (calendar, now);
        }

        return calendar;
    }

    public void Forget()
    {
        Interlocked.Increment(ref generation);
        kept.Clear();
    }
}

/// <summary>Forgets the kept calendars when a save writes a published year, its days or a unit's working hours: before the save and after it.</summary>
public sealed class CalendarChanges(CalendarCache cache) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ForgetIfWritten(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ForgetIfWritten(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetIfWritten(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ForgetIfWritten(eventData.Context);
        return result;
    }

    /// <summary>After the save the written entries are unchanged (or gone, when deleted: the forgetting before the save covered them).</summary>
    private void ForgetIfWritten(DbContext? db)
    {
        if (db is not null && db.ChangeTracker.Entries().Any(e => e.Entity is ScheduleYear or ScheduleDay or UnitWorkingHours))
        {
            cache.Forget();
        }
    }
}
