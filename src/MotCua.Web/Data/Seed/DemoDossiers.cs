using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Data.Seed;

/// <summary>
/// The demo dossiers (issue 4, "Demo data") of one stretch of the demo's history (<see cref="DemoHistory"/>), across
/// every unit that resolves procedures at the time and each of its procedures, in every state, some late with or without
/// an apology. Generated from a fixed seed, so every installation shows the same data relative to its own "now", and
/// through the real workflow: intake, clock, step plan and actions are the product's own code, the actors the demo
/// officers.
/// </summary>
public sealed class DemoDossiers(MotCuaDbContext db, CalendarSource calendars, TimeProvider clock, ILogger<DemoDossiers> logger)
{
    private const int Seed = 2024;

    /// <summary>
    /// Shares of the states at "now": most dossiers of a year are closed; a few of each open state. Every state gets at
    /// least one dossier.
    /// </summary>
    private static readonly (DossierStatus Status, double Share)[] States =
    [
        (DossierStatus.Submitted, 0.04),
        (DossierStatus.InProgress, 0.14),
        (DossierStatus.WaitingSupplement, 0.05),
        (DossierStatus.Paused, 0.02),
        (DossierStatus.Approved, 0.03),
        (DossierStatus.ResultIssued, 0.06),
        (DossierStatus.Refused, 0.06),
        (DossierStatus.Withdrawn, 0.05),
    ];

    /// <summary>
    /// Shares of the states on the eve of the reform: nearly everything of the old structure was done; the few in flight
    /// pass to the successors (every other dossier is returned).
    /// </summary>
    private static readonly (DossierStatus Status, double Share)[] InFlightAtReform =
    [
        (DossierStatus.InProgress, 0.01),
        (DossierStatus.WaitingSupplement, 0.005),
        (DossierStatus.Refused, 0.06),
        (DossierStatus.Withdrawn, 0.05),
    ];

    public async Task SeedAsync(DemoEra era, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(era);
        var watch = Stopwatch.StartNew();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var officers = await db.Officers.AsNoTracking().Include(o => o.Roles).Where(o => o.IsActive).OrderBy(o => o.UserName).ToListAsync(ct);
        var desks = await DesksAsync(units, ct);
        var unitIds = units.Values.ToDictionary(u => u.Code, u => u.Id);
        var random = new Random(Seed + era.Part);
        var lifecycle = new DemoLifecycle(random, new DemoActors(DossierPermissions.Tree(units.Values), officers), unitIds, era.From, era.To);
        var online = desks.Where(d => d.Procedure.Channels.HasFlag(Channels.Online)).ToList();
        var plans = Targets(random, count, era.EndsNow ? States : InFlightAtReform)
            .Select(target => lifecycle.Plan(target == DossierStatus.Submitted ? online[random.Next(online.Count)] : desks[random.Next(desks.Count)], target))
            .ToList();
        int events = await WriteAsync(plans, unitIds, ct);
        logger.LogInformation("Seeded {Count} demo dossiers with {Events} events in {Elapsed} ms", plans.Count, events, watch.ElapsedMilliseconds);
    }

    /// <summary>Every procedure at every unit that resolves it, in a fixed order so the seed gives the same data.</summary>
    private async Task<List<DemoDesk>> DesksAsync(Dictionary<Guid, Unit> units, CancellationToken ct)
    {
        var procedures = await db.Procedures.AsNoTracking().Include(p => p.Units)
            .Where(p => p.Status == ProcedureStatus.Active).OrderBy(p => p.Code).ToListAsync(ct);
        var calendarsByUnit = new Dictionary<Guid, WorkingCalendar>();
        var desks = new List<DemoDesk>();
        foreach (var procedure in procedures)
        {
            foreach (var unit in procedure.Units.Select(pu => units[pu.UnitId]).Where(u => u.IsActive).OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                if (DossierCodes.AgencyCodeOf(unit, units) is not { } agencyCode)
                {
                    continue;
                }

                if (!calendarsByUnit.TryGetValue(unit.Id, out var calendar))
                {
                    calendar = calendarsByUnit[unit.Id] = await calendars.ForUnitAsync(unit.Id, ct);
                }

                desks.Add(new DemoDesk(procedure, unit, agencyCode, calendar, Localities(unit, units)));
            }
        }

        return desks;
    }

    /// <summary>
    /// Where applicants of a unit live: the communes below it (all communes for a provincial unit), written with the
    /// units above, e.g. "phường Long Thủy, thị xã Phước Long, tỉnh Bình Phước".
    /// </summary>
    private static List<string> Localities(Unit unit, Dictionary<Guid, Unit> units)
    {
        var communes = units.Values.Where(u => u.Kind == UnitKind.Commune).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var below = communes.Where(c => UnitLookup.SelfAndAncestors(c, units).Contains(unit)).ToList();
        return [.. (below.Count > 0 ? below : communes).Select(c => string.Join(", ", UnitLookup.SelfAndAncestors(c, units).Select(u => u.Name.Replace("Ủy ban nhân dân ", string.Empty, StringComparison.Ordinal))))];
    }

    /// <summary>The state each dossier ends in, by the shares (the rest returned), shuffled.</summary>
    private static DossierStatus[] Targets(Random random, int count, (DossierStatus Status, double Share)[] shares)
    {
        var targets = shares.SelectMany(s => Enumerable.Repeat(s.Status, Math.Max(1, (int)Math.Round(s.Share * count)))).ToList();
        targets.AddRange(Enumerable.Repeat(DossierStatus.Returned, Math.Max(1, count - targets.Count)));
        var array = targets.Take(count).ToArray();
        random.Shuffle(array);
        return array;
    }

    /// <summary>
    /// Codes in the order of submission within each agency and day, from 0001 without gaps; the counters are left at
    /// the last sequence so that the next intake continues. Written in batches (<see cref="DossierBatches"/>), in one
    /// transaction.
    /// </summary>
    private async Task<int> WriteAsync(List<DemoPlan> plans, IReadOnlyDictionary<string, Guid> unitIds, CancellationToken ct)
    {
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
        var seededAt = clock.GetUtcNow();
        var written = 0;
        var events = 0;
        IEnumerable<(Dossier, IReadOnlyList<DossierEvent>)> Replayed()
        {
            foreach (var plan in plans.OrderBy(p => p.SubmittedAt))
            {
                var day = DateOnly.FromDateTime(plan.SubmittedAt.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
                var key = DossierCodes.CounterKey(plan.Desk.AgencyCode, day);
                var sequence = sequences[key] = sequences.GetValueOrDefault(key) + 1;
                var (dossier, dossierEvents) = plan.Replay(new DossierCode(plan.Desk.AgencyCode, day, sequence), unitIds);
                DemoSynchronization.Mark(dossier, dossierEvents[^1].At, ++written, seededAt);
                events += dossierEvents.Count;
                yield return (dossier, dossierEvents);
            }
        }

        await using var transaction = await db.Database.BeginWriteAsync(ct);
        await DossierBatches.WriteAsync(db, Replayed(), ct);
        db.DossierCounters.AddRange(sequences.Select(s => new DossierCounter { Key = s.Key, LastSequence = s.Value }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return events;
    }
}
