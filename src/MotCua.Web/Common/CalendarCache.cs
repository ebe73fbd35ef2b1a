using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Domain.Calendar;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Common;

/// <summary>
/// The working calendars <see cref="CalendarSource"/> built, one a unit, kept for <c>Calendar:CacheSeconds</c> (60
/// unless configured): every intake, action, inbox page, dossier page and import needs one, and building it read every
/// published year with its days on each request (14 % of an import's time). A change saved on this node is forgotten
/// once committed (<see cref="CalendarChanges"/>); one saved on another node is honoured within that time, as sessions are.
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

/// <summary>
/// Forgets the kept calendars once a save that writes a published year, its days or a unit's working hours is
/// committed: after the save when it had no transaction of its own, else when its transaction commits. Not before: a
/// request reading in between would keep what the commit replaces.
/// </summary>
public sealed class CalendarChanges(CalendarCache cache) : AfterSaveInterceptor, IDbTransactionInterceptor
{
    /// <summary>The contexts whose open transaction wrote the calendar.</summary>
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => ForgetIfPending(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfPending(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? db)
    {
        if (db is not null && db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is ScheduleYear or ScheduleDay or UnitWorkingHours))
        {
            pending.AddOrUpdate(db, db);
        }
    }

    protected override void Saved(DbContext? db)
    {
        if (db is not null && db.Database.CurrentTransaction is null)
        {
            ForgetIfPending(db);
        }
    }

    private void ForgetIfPending(DbContext? db)
    {
        if (db is not null && pending.Remove(db))
        {
            cache.Forget();
        }
    }
}
