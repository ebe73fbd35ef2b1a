using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Common.Integrity;

/// <summary>
/// The one place where chained records get their hash: every save that adds a dossier event or an organization change
/// (an action, an intake, an import, the demo seed) links it to its chain's head and moves the head, in the same save.
/// Two saves extending one chain at once collide on the head (and, for dossiers, on the event's number): one is refused.
/// </summary>
public sealed class RecordChaining(TimeProvider clock) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MotCuaDbContext db && Added(db) is { Count: > 0 } added)
        {
            await ChainAsync(db, added, cancellationToken);
        }

        return result;
    }

    /// <summary>Every save of a chained record goes through the asynchronous path; a synchronous one would leave it unchained, so it is refused.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is MotCuaDbContext db && Added(db).Count > 0
            ? throw new InvalidOperationException("Chained records are saved with SaveChangesAsync only.")
            : result;

    /// <summary>Links <paramref name="record"/> after the head of its chain as its record number <paramref name="sequence"/>, and moves the head.</summary>
    public static void Extend(ChainHead head, ChainedLog log, EntityEntry record, int sequence)
    {
        if (log.NumbersItself)
        {
            record.Property(log.SequenceProperty).CurrentValue = sequence;
        }

        head.Hash = RecordHash.Of(record, head.Hash);
        record.Property(ChainedLog.HashProperty).CurrentValue = head.Hash;
        head.Length = sequence;
    }

    /// <summary>Links <paramref name="added"/>, the records of one save, to their chains.</summary>
    private async Task ChainAsync(MotCuaDbContext db, IReadOnlyList<(ChainedLog Log, EntityEntry Entry)> added, CancellationToken ct)
    {
        var keys = added.Select(a => a.Log.ChainOf(a.Entry.Entity)).Distinct().ToList();
        var heads = db.ChainHeads.Local.Where(h => keys.Contains(h.Key)).ToDictionary(h => h.Key);
        // A dossier added in this save starts its chain: it has no head to read (an intake's save reads none).
        var started = db.ChangeTracker.Entries<Dossier>().Where(e => e.State == EntityState.Added).Select(e => ChainedLog.DossierChain(e.Entity.Id));
        var unloaded = keys.Except(heads.Keys).Except(started).ToList();
        if (unloaded.Count > 0)
        {
            foreach (var head in await db.ChainHeads.Where(h => unloaded.Contains(h.Key)).ToListAsync(ct))
            {
                heads[head.Key] = head;
            }
        }

        var now = clock.GetUtcNow();
        foreach (var chain in added.GroupBy(a => a.Log.ChainOf(a.Entry.Entity)))
        {
            if (!heads.TryGetValue(chain.Key, out var head))
            {
                head = new ChainHead { Key = chain.Key };
                db.ChainHeads.Add(head);
            }

            foreach (var (log, entry) in Ordered(chain))
            {
                var sequence = head.Length + 1;
                if (!log.NumbersItself && (entry.Property(log.SequenceProperty).CurrentValue is not int given || given != sequence))
                {
                    // The number was taken before another save moved the chain on: refused as any concurrent change is.
                    throw OutOfTurn(chain.Key, entry.Property(log.SequenceProperty).CurrentValue, head.Length);
                }

                Extend(head, log, entry, sequence);
                head.ChangedAt = now;
            }

            // A writer with change detection off (the demo seed's batches) would not see the head move: this head only,
            // not the whole context, detected.
            db.Entry(head).DetectChanges();
        }
    }

    /// <summary>
    /// Starts the chain of <paramref name="records"/>, new records of a log that its writer numbers (a dossier's events),
    /// written by a bulk writer outside the change tracker: links them in their numbers' order as a save links them, puts
    /// each one's hash in <paramref name="hashes"/>, and returns the chain's new head for the writer to store.
    /// </summary>
    public static ChainHead Start(IEntityType type, ChainedLog log, IReadOnlyList<object> records, DateTimeOffset now, IDictionary<object, string> hashes)
    {
        var number = type.FindProperty(log.SequenceProperty)!.GetGetter();
        var head = new ChainHead { Key = log.ChainOf(records[0]), ChangedAt = now };
        foreach (var record in records.OrderBy(r => (int)number.GetClrValue(r)!))
        {
            if ((int)number.GetClrValue(record)! != head.Length + 1)
            {
                throw OutOfTurn(head.Key, number.GetClrValue(record), head.Length);
            }

            head.Hash = RecordHash.Of(type, record, head.Hash);
            hashes[record] = head.Hash;
            head.Length++;
        }

        return head;
    }

    private static DbUpdateConcurrencyException OutOfTurn(string chain, object? number, int length) => new($"{chain}: a record numbered {number} cannot follow #{length}.");

    private static List<(ChainedLog Log, EntityEntry Entry)> Added(MotCuaDbContext db) =>
        db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => (Log: ChainedLog.Of(e.Entity), Entry: e))
            .Where(a => a.Log is not null).Select(a => (a.Log!, a.Entry)).ToList();

    /// <summary>Records numbered by their writer in their order; the others in the order they happened.</summary>
    public static IEnumerable<(ChainedLog Log, EntityEntry Entry)> Ordered(IEnumerable<(ChainedLog Log, EntityEntry Entry)> chain) =>
        chain.OrderBy(a => a.Log.NumbersItself ? 0 : (int)a.Entry.Property(a.Log.SequenceProperty).CurrentValue!)
            .ThenBy(a => a.Log.NumbersItself ? (DateTimeOffset)a.Entry.Property("At").CurrentValue! : default)
            .ThenBy(a => a.Entry.Property("Id").CurrentValue as Guid?);
}
