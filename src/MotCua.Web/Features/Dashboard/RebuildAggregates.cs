using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Aggregates;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Dashboard;

/// <summary>The days rebuilt and how many counts they now hold.</summary>
public sealed record AggregatesRebuilt(DateOnly? From, DateOnly? To, int Dossiers, int Rows);

/// <summary>
/// POST /api/v1/dashboard/aggregates/rebuild?from=&amp;to=: recomputes the daily aggregates of a period (every day
/// when no period is given) from the dossiers' events, in one transaction — after a historical import written
/// around the application, or to check the maintained counts. Every dossier's stored tally is rewritten whole.
/// </summary>
public sealed class RebuildAggregates(MotCuaDbContext db, CalendarCache calendars)
{
    private const int Batch = 500;

    public async Task<Outcome<AggregatesRebuilt>> HandleAsync(string? fromText, string? toText, CancellationToken ct)
    {
        DateOnly? from = null, to = null;
        if (fromText is not null || toText is not null)
        {
            var period = DossierPeriod.Parse(fromText, toText);
            if (period.Failed)
            {
                return period.Error;
            }

            (from, to) = period.Value;
        }

        await using var transaction = await db.Database.BeginWriteAsync(ct);
        await db.DailyAggregates.Where(a => (from == null || a.Day >= from) && (to == null || a.Day <= to)).ExecuteDeleteAsync(ct);

        // Everything a dossier counts happens on or after its receipt: later dossiers count nothing in the period.
        DateTimeOffset? end = to is { } last ? DossierPeriod.Instants(last, last).End : null;
        var totals = new Dictionary<(Guid, Guid, DailyCount), int>();
        var done = 0;
        while (true)
        {
            var dossiers = await db.Dossiers.AsNoTracking()
                .Where(d => d.ReceivedAt != null && (end == null || d.ReceivedAt < end))
                .OrderBy(d => d.Id).Skip(done).Take(Batch).ToListAsync(ct);
            if (dossiers.Count == 0)
            {
                break;
            }

            var ids = dossiers.Select(d => d.Id).ToList();
            var rows = await db.DossierTallies.Where(t => ids.Contains(t.DossierId)).ToDictionaryAsync(t => t.DossierId, ct);
            foreach (var (id, tally) in await DailyTallies.OfAsync(db, calendars, dossiers, [], [.. dossiers.Select(d => d.Id)], ct))
            {
                var dossier = dossiers.First(d => d.Id == id);

                // The aggregates of the period are counted afresh below; the row keeps the whole tally for later changes.
                _ = DailyTallies.Replace(DailyTallies.RowOf(db, rows, id), dossier, tally);
                foreach (var count in tally.Counts.Where(c => (from == null || c.Day >= from) && (to == null || c.Day <= to)))
                {
                    var key = (dossier.UnitId, dossier.ProcedureId, count);
                    totals[key] = totals.GetValueOrDefault(key) + 1;
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += dossiers.Count;
        }

        db.DailyAggregates.AddRange(totals.Select(t => new DailyAggregate
        {
            UnitId = t.Key.Item1, ProcedureId = t.Key.Item2, Day = t.Key.Item3.Day, Measure = t.Key.Item3.Measure, Officer = t.Key.Item3.Officer, Count = t.Value,
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new AggregatesRebuilt(from, to, done, totals.Count);
    }
}
