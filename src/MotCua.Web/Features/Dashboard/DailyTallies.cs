using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Aggregates;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Dashboard;

/// <summary>One change to one count of the daily aggregates.</summary>
public readonly record struct AggregateChange(Guid UnitId, Guid ProcedureId, DailyCount Count, int Delta);

/// <summary>A dossier's tally and its timeline's text (<see cref="DossierTimelineText"/>; null for a dossier never received), as its tally row keeps them.</summary>
public sealed record DossierTallied(IReadOnlyList<DailyCount> Counts, string? Timeline);

/// <summary>
/// Reads the tallies of dossiers (<see cref="DossierTally"/>) from their rows and events, and turns a dossier's new
/// tally into the changes to the aggregates against the one stored beside it.
/// </summary>
public static class DailyTallies
{
    /// <summary>
    /// The tally and timeline of each of <paramref name="dossiers"/> (empty for one never received), from its events in the
    /// database and <paramref name="unsaved"/> — the events about to be saved with it. Only the dossiers in
    /// <paramref name="stored"/> can have events in the database (a dossier being added has none to read), and a unit's
    /// calendar is read only for a dossier whose dues are replayed on it (<see cref="DossierTimeline.ReplaysDues"/>):
    /// an intake's save reads neither.
    /// </summary>
    public static async Task<Dictionary<Guid, DossierTallied>> OfAsync(
        MotCuaDbContext db, CalendarCache cache, IReadOnlyCollection<Dossier> dossiers, IEnumerable<DossierEvent> unsaved, IReadOnlyCollection<Guid> stored, CancellationToken ct)
    {
        var saved = stored.Count == 0 ? [] : await db.DossierEvents.AsNoTracking().Where(e => stored.Contains(e.DossierId)).ToListAsync(ct);
        var events = saved.Concat(unsaved).DistinctBy(e => e.Id).ToLookup(e => e.DossierId);
        var procedures = await ProceduresAsync(db, dossiers, ct);
        var calendars = new Dictionary<Guid, WorkingCalendar>();
        var tallies = new Dictionary<Guid, DossierTallied>();
        var ticksPerUnit = db.Database.IsSqlite() ? 1 : TimeSpan.TicksPerMicrosecond;
        foreach (var dossier in dossiers)
        {
            if (dossier.ReceivedAt is not { } receivedAt)
            {
                tallies[dossier.Id] = new DossierTallied([], null);
                continue;
            }

            var timeline = DossierTimeline.Of(events[dossier.Id], receivedAt);
            WorkingCalendar? calendar = null;
            if (timeline.ReplaysDues && !calendars.TryGetValue(dossier.UnitId, out calendar))
            {
                calendar = await new CalendarSource(db, cache).ForUnitAsync(dossier.UnitId, ct);
                calendars[dossier.UnitId] = calendar;
            }

            var procedure = procedures[dossier.ProcedureId];
            var facts = DossierFactsBuilder.From(DossierFactsRow.Of(dossier), timeline, procedure, calendar, complained: false)!;
            tallies[dossier.Id] = new DossierTallied(
                DossierTally.Of(facts, events[dossier.Id], WithFees(procedure, dossier), procedure.ResultIsDocument ?? ProcedureFactDefaults.Historical.ResultIsDocument, dossier.Rating?.At),
                DossierTimelineText.Format(timeline, receivedAt, ticksPerUnit));
        }

        return tallies;
    }

    /// <summary>
    /// The dossiers' procedures: those the context already tracks as they are (an intake has just read its own), the
    /// others read. Reading the intake's procedure again was one of its statements (issue 19).
    /// </summary>
    private static async Task<Dictionary<Guid, Procedure>> ProceduresAsync(MotCuaDbContext db, IReadOnlyCollection<Dossier> dossiers, CancellationToken ct)
    {
        var ids = dossiers.Select(d => d.ProcedureId).ToHashSet();
        var procedures = db.Procedures.Local.Where(p => ids.Contains(p.Id)).ToDictionary(p => p.Id);
        var missing = ids.Where(id => !procedures.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var procedure in await db.Procedures.AsNoTracking().Where(p => missing.Contains(p.Id)).ToListAsync(ct))
            {
                procedures[procedure.Id] = procedure;
            }
        }

        return procedures;
    }

    /// <summary>The stored tally row of <paramref name="dossierId"/> among <paramref name="rows"/>, or a new one added to the context.</summary>
    public static DossierTallyRow RowOf(MotCuaDbContext db, Dictionary<Guid, DossierTallyRow> rows, Guid dossierId)
    {
        if (!rows.TryGetValue(dossierId, out var row))
        {
            row = new DossierTallyRow { DossierId = dossierId };
            db.DossierTallies.Add(row);
        }

        return row;
    }

    /// <summary>
    /// Stores <paramref name="tallied"/> as the dossier's (in <paramref name="row"/>, new or tracked) and returns what it
    /// changes in the aggregates: the stored tally taken away where it was counted, the new one added.
    /// </summary>
    public static IEnumerable<AggregateChange> Replace(DossierTallyRow row, Dossier dossier, DossierTallied tallied)
    {
        var tally = tallied.Counts;
        var before = DailyCount.Parse(row.Counts);
        var changes = row.UnitId == dossier.UnitId && row.ProcedureId == dossier.ProcedureId
            ? DailyCount.Change(before, tally).Select(c => new AggregateChange(dossier.UnitId, dossier.ProcedureId, c.Key, c.Value))
            : DailyCount.Change(before, []).Select(c => new AggregateChange(row.UnitId, row.ProcedureId, c.Key, c.Value))
                .Concat(DailyCount.Change([], tally).Select(c => new AggregateChange(dossier.UnitId, dossier.ProcedureId, c.Key, c.Value)));
        var result = changes.ToList();
        row.UnitId = dossier.UnitId;
        row.ProcedureId = dossier.ProcedureId;
        row.Counts = DailyCount.Format(tally);
        row.Timeline = tallied.Timeline;
        return result;
    }

    /// <summary>
    /// The tally rows of dossiers new to the database, written with their <paramref name="events"/> by a bulk writer outside
    /// the change tracker, and what they add to the aggregates: what the aggregates' interceptor computes for them in a save.
    /// </summary>
    public static async Task<(List<DossierTallyRow> Rows, List<AggregateChange> Changes)> OfNewAsync(
        MotCuaDbContext db, CalendarCache cache, IReadOnlyCollection<Dossier> dossiers, IEnumerable<DossierEvent> events, CancellationToken ct)
    {
        var byId = dossiers.ToDictionary(d => d.Id);
        var rows = new List<DossierTallyRow>(dossiers.Count);
        var changes = new List<AggregateChange>();
        foreach (var (id, tally) in await OfAsync(db, cache, dossiers, events, [], ct))
        {
            var row = new DossierTallyRow { DossierId = id };
            changes.AddRange(Replace(row, byId[id], tally));
            rows.Add(row);
        }

        return (rows, changes);
    }

    /// <summary>Adds <paramref name="changes"/> to the aggregates in the caller's transaction, unless the context defers them to its end (<see cref="DeferredAggregates"/>).</summary>
    public static async Task AddOrDeferAsync(MotCuaDbContext db, List<AggregateChange> changes, CancellationToken ct)
    {
        if (!DeferredAggregates.Keep(db, changes))
        {
            await AddAsync(db, changes, ct);
        }
    }

    /// <summary>
    /// Adds <paramref name="changes"/> to the aggregates with one atomic upsert (a statement for up to
    /// <see cref="RowsPerUpsert"/> rows: one round trip inside an intake's locks, where a statement a row took three or
    /// four), so two nodes counting the same unit, procedure and day at once both count; always in the key's order, so
    /// two saves locking the same rows wait for each other instead of deadlocking. Runs in the caller's transaction.
    /// </summary>
    public static async Task AddAsync(MotCuaDbContext db, IEnumerable<AggregateChange> changes, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        // Summed per key: one statement may not update a row twice (PostgreSQL refuses it).
        var summed = changes.GroupBy(c => (c.UnitId, c.ProcedureId, c.Count)).Select(g => g.First() with { Delta = g.Sum(c => c.Delta) }).Where(c => c.Delta != 0)
            .OrderBy(c => c.UnitId).ThenBy(c => c.ProcedureId).ThenBy(c => c.Count.Day).ThenBy(c => c.Count.Measure.ToString(), StringComparer.Ordinal).ThenBy(c => c.Count.Officer, StringComparer.Ordinal);
        foreach (var rows in summed.Chunk(RowsPerUpsert))
        {
            var values = new List<object?>(rows.Length * 6);
            foreach (var change in rows)
            {
                // SQLite keeps Guids and dates as the text EF writes; PostgreSQL takes them typed.
                values.Add(sqlite ? change.UnitId.ToString().ToUpperInvariant() : change.UnitId);
                values.Add(sqlite ? change.ProcedureId.ToString().ToUpperInvariant() : change.ProcedureId);
                values.Add(sqlite ? change.Count.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : change.Count.Day);
                values.Add(change.Count.Measure.ToString());
                values.Add(change.Count.Officer);
                values.Add(change.Delta);
            }

            // Only placeholders ({0}, {1}, …) are written into the text; every value goes as a parameter.
            var tuples = string.Join(", ", rows.Select((_, i) => "(" + string.Join(", ", Enumerable.Range(i * 6, 6).Select(n => "{" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}")) + ")"));
            var upsert = "INSERT INTO \"DailyAggregates\" (\"UnitId\", \"ProcedureId\", \"Day\", \"Measure\", \"Officer\", \"Count\") VALUES " + tuples +
                " ON CONFLICT (\"UnitId\", \"ProcedureId\", \"Day\", \"Measure\", \"Officer\") DO UPDATE SET \"Count\" = \"DailyAggregates\".\"Count\" + excluded.\"Count\"";
            await db.Database.ExecuteSqlRawAsync(upsert, values!, ct);
        }
    }

    /// <summary>Six parameters a row: 6,000 in one statement, far below SQLite's 32,766 and PostgreSQL's 65,535.</summary>
    private const int RowsPerUpsert = 1000;

    private static bool WithFees(Procedure procedure, Dossier dossier) => procedure.Fees.Any(f => f.Amount > 0) && !dossier.FeeExempt;
}
