using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Dashboard;

/// <summary>
/// The one place where the daily aggregates follow the dossiers: every save that adds a dossier, changes one or
/// appends to its history recomputes those dossiers' tallies, and the difference is added to the aggregates in the
/// same transaction — a failed save counts nothing, so receipt, actions, payments, ratings and imports all count.
/// </summary>
public sealed class DailyAggregateInterceptor(CalendarCache calendars) : SaveChangesInterceptor
{
    /// <summary>The changes computed before a save, applied after it, per context.</summary>
    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not MotCuaDbContext db)
        {
            return result;
        }

        // Entries() looks for changes first when the context does; a writer with detection off only adds (DossierBatches).
        var unsaved = db.ChangeTracker.Entries<DossierEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var dossiers = db.ChangeTracker.Entries<Dossier>().ToList();
        var touched = dossiers.Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList();
        // The dossiers whose events alone are added: tracked ones as they are (a batch writer saved them just before),
        // the others read.
        var more = unsaved.Select(e => e.DossierId).Except(touched.Select(d => d.Id)).ToHashSet();
        touched.AddRange(dossiers.Where(e => e.State == EntityState.Unchanged && more.Remove(e.Entity.Id)).Select(e => e.Entity));
        if (more.Count > 0)
        {
            touched.AddRange(await db.Dossiers.Where(d => more.Contains(d.Id)).ToListAsync(cancellationToken));
        }

        if (touched.Count == 0)
        {
            return result;
        }

        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        // A dossier being added has no stored tally nor events yet: only the others are read.
        var stored = touched.Where(d => db.Entry(d).State != EntityState.Added).Select(d => d.Id).ToList();
        var rows = stored.Count == 0 ? new Dictionary<Guid, DossierTallyRow>() : await db.DossierTallies.Where(t => stored.Contains(t.DossierId)).ToDictionaryAsync(t => t.DossierId, cancellationToken);
        var changes = new List<AggregateChange>();
        var byId = touched.ToDictionary(d => d.Id);
        foreach (var (id, tally) in await DailyTallies.OfAsync(db, calendars, touched, unsaved, stored, cancellationToken))
        {
            var row = DailyTallies.RowOf(db, rows, id);
            changes.AddRange(DailyTallies.Replace(row, byId[id], tally));
            // A writer with change detection off would otherwise save the aggregates' changes but not the stored tally
            // row they were computed against, and count the dossier again at its next change. One entry at a time: the
            // whole context's detection over a batch of new dossiers and their events took a fifth of this method.
            db.Entry(row).DetectChanges();
        }

        pending.AddOrUpdate(db, new Pending(owned, changes));
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MotCuaDbContext db && pending.TryGetValue(db, out var work))
        {
            pending.Remove(db);
            if (work.Transaction is { } owned)
            {
                await DailyTallies.AddAsync(db, work.Changes, cancellationToken);
                await owned.CommitAsync(cancellationToken);
                await owned.DisposeAsync();
            }
            else
            {
                await DailyTallies.AddOrDeferAsync(db, work.Changes, cancellationToken);
            }
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context?.ChangeTracker.Entries().Any(e => e.Entity is Dossier or DossierEvent && e.State is EntityState.Added or EntityState.Modified) == true
            ? throw new InvalidOperationException("Dossiers are saved with SaveChangesAsync, which keeps the daily aggregates.")
            : result;

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var work))
        {
            pending.Remove(context);
            if (work.Transaction is { } owned)
            {
                await owned.RollbackAsync();
                await owned.DisposeAsync();
            }
        }
    }

    private sealed record Pending(IDbContextTransaction? Transaction, List<AggregateChange> Changes);
}
