using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Integrity;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Integrity;

/// <summary>
/// At start-up: chains the records written before chaining existed, as they are found, and marks their chains sealed on
/// that day (the report says so: what came before is not proven). Only chains without a head: a record written
/// around the application into a chain that has one stays unchained, and is reported.
/// </summary>
public sealed class SealUnchainedRecords(MotCuaDbContext db, TimeProvider clock)
{
    private const int Batch = 200;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var sealedChains = 0;
        var unchained = await db.DossierEvents.Where(e => EF.Property<string?>(e, ChainedLog.HashProperty) == null).Select(e => e.DossierId).Distinct().ToListAsync(ct);
        var keys = unchained.Select(ChainedLog.DossierChain).ToList();
        var anchored = (await db.ChainHeads.Where(h => keys.Contains(h.Key)).Select(h => h.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var ids in unchained.Where(id => !anchored.Contains(ChainedLog.DossierChain(id))).Chunk(Batch))
        {
            var events = await db.DossierEvents.Where(e => ids.Contains(e.DossierId)).ToListAsync(ct);
            sealedChains += Seal(ChainedLog.DossierEvents, events.GroupBy(e => e.DossierId).Select(g => g.Cast<object>()));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        if (!await db.ChainHeads.AnyAsync(h => h.Key == ChainedLog.UnitChanges.Name, ct) && await db.UnitChanges.AnyAsync(ct))
        {
            sealedChains += Seal(ChainedLog.UnitChanges, [[.. await db.UnitChanges.ToListAsync(ct)]]);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return sealedChains;
    }

    private int Seal(ChainedLog log, IEnumerable<IEnumerable<object>> chains)
    {
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var chain in chains)
        {
            var records = RecordChaining.Ordered(chain.Select(r => (log, db.Entry(r)))).ToList();
            var head = new ChainHead { Key = log.ChainOf(records[0].Entry.Entity), ChangedAt = now, SealedAt = now };
            foreach (var (_, record) in records)
            {
                RecordChaining.Extend(head, log, record, log.NumbersItself ? head.Length + 1 : (int)record.Property(log.SequenceProperty).CurrentValue!);
            }

            db.ChainHeads.Add(head);
            count++;
        }

        return count;
    }
}
