using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MotCua.Domain.Calendar;
using MotCua.Web.Common.Integrity;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Integrity;

/// <summary>
/// GET /api/v1/integrity, the administrator's page and the <c>verify</c> command: recomputes every chain (each
/// dossier's history, the organization change log) and the daily anchors, and reports the first broken link of each.
/// </summary>
public sealed class VerifyIntegrity(MotCuaDbContext db, TimeProvider clock)
{
    private const int Batch = 500;

    private sealed record Anchored(DateOnly Day, int Length, string Hash);

    public async Task<IntegrityReport> HandleAsync(CancellationToken ct)
    {
        var breaks = new List<ChainBreak>();
        var (anchors, anchored) = await AnchorsAsync(breaks, ct);
        var heads = await db.ChainHeads.AsNoTracking().ToDictionaryAsync(h => h.Key, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long records = 0;
        void Check(string key, string? dossier, ChainedLog log, IReadOnlyList<EntityEntry> chain)
        {
            seen.Add(key);
            records += chain.Count;
            if (FirstBreak(log, chain, heads.GetValueOrDefault(key), anchored[key]) is { } found)
            {
                breaks.Add(new ChainBreak(key, dossier, found.Sequence, found.Kind, BreakKinds.Describe(found.Kind, found.Sequence).ToString()));
            }
        }

        for (var skip = 0; ; skip += Batch)
        {
            var dossiers = await db.Dossiers.AsNoTracking().OrderBy(d => d.Id).Skip(skip).Take(Batch).Select(d => new { d.Id, d.Code }).ToListAsync(ct);
            if (dossiers.Count == 0)
            {
                break;
            }

            var ids = dossiers.Select(d => d.Id).ToList();
            var events = (await db.DossierEvents.Where(e => ids.Contains(e.DossierId)).OrderBy(e => e.Sequence).ToListAsync(ct)).ToLookup(e => e.DossierId);
            foreach (var dossier in dossiers)
            {
                Check(ChainedLog.DossierChain(dossier.Id), dossier.Code, ChainedLog.DossierEvents, [.. events[dossier.Id].Select(e => db.Entry(e))]);
            }

            db.ChangeTracker.Clear();
        }

        var changes = await db.UnitChanges.OrderBy(c => EF.Property<int?>(c, ChainedLog.SequenceShadow)).ToListAsync(ct);
        Check(ChainedLog.UnitChanges.Name, null, ChainedLog.UnitChanges, [.. changes.Select(c => db.Entry(c))]);
        db.ChangeTracker.Clear();

        // A chain whose every record is gone (a dossier deleted with its history) still has its head.
        breaks.AddRange(heads.Keys.Where(k => !seen.Contains(k)).Order(StringComparer.Ordinal)
            .Select(k => new ChainBreak(k, null, 1, BreakKinds.Truncated, BreakKinds.Describe(BreakKinds.Truncated, 1).ToString())));
        var sealedOn = heads.Values.Where(h => h.SealedAt is not null)
            .GroupBy(h => DateOnly.FromDateTime(h.SealedAt!.Value.ToOffset(WorkingCalendar.VietnamOffset).DateTime))
            .Select(g => new SealedChains(g.Key, g.Count())).OrderBy(s => s.On).ToList();
        return new IntegrityReport(clock.GetUtcNow(), seen.Count, records, anchors, sealedOn, breaks);
    }

    /// <summary>The first link of <paramref name="chain"/> (its records in their order) that does not hold, if any.</summary>
    private static (int Sequence, string Kind)? FirstBreak(ChainedLog log, IReadOnlyList<EntityEntry> chain, ChainHead? head, IEnumerable<Anchored> anchored)
    {
        var hashes = new List<string>();
        var previous = string.Empty;
        foreach (var record in chain)
        {
            var expected = hashes.Count + 1;
            if (record.Property(log.SequenceProperty).CurrentValue is not int sequence)
            {
                return (expected, BreakKinds.Unchained);
            }

            if (sequence != expected)
            {
                return (expected, BreakKinds.Missing);
            }

            if (record.Property(ChainedLog.HashProperty).CurrentValue is not string stored)
            {
                return (expected, BreakKinds.Unchained);
            }

            if (RecordHash.Of(record, previous) != stored)
            {
                return (expected, BreakKinds.Altered);
            }

            hashes.Add(previous = stored);
        }

        if (head is null)
        {
            return chain.Count == 0 ? null : (1, BreakKinds.Unanchored);
        }

        if (head.Length > hashes.Count)
        {
            return (hashes.Count + 1, BreakKinds.Truncated);
        }

        if (head.Length < hashes.Count || head.Hash != previous)
        {
            return (head.Length + 1, BreakKinds.Unanchored);
        }

        return anchored.Where(a => a.Length > hashes.Count || hashes[a.Length - 1] != a.Hash).Select(a => ((int, string)?)(a.Length, BreakKinds.Anchor)).FirstOrDefault();
    }

    /// <summary>The anchors checked as a chain of their own (the first one that does not hold is a break), and the heads they hold per chain.</summary>
    private async Task<(int Count, ILookup<string, Anchored> Heads)> AnchorsAsync(List<ChainBreak> breaks, CancellationToken ct)
    {
        var anchors = await db.IntegrityAnchors.AsNoTracking().OrderBy(a => a.Day).ToListAsync(ct);
        var previous = string.Empty;
        foreach (var (anchor, i) in anchors.Select((a, i) => (a, i)))
        {
            if (AnchorDay.HashOf(anchor.Day, anchor.Heads, previous) != anchor.Hash)
            {
                breaks.Add(new ChainBreak("anchors", null, i + 1, BreakKinds.Altered, BreakKinds.Describe(BreakKinds.Altered, i + 1) + " " + anchor.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                break;
            }

            previous = anchor.Hash;
        }

        var heads = anchors.SelectMany(a => a.Heads.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')).Select(p => (Key: p[0], Head: new Anchored(a.Day, int.Parse(p[1], CultureInfo.InvariantCulture), p[2]))));
        return (anchors.Count, heads.ToLookup(h => h.Key, h => h.Head));
    }
}
