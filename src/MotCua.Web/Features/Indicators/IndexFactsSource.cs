using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// Reads the facts of the Decision 766 index (<see cref="IndexFacts"/>) of a set of units for a period from the
/// dossiers, their events, the catalog and the feedback, through the domain's builders, so that any past period is
/// recomputed from what was recorded.
/// </summary>
public sealed class IndexFactsSource(MotCuaDbContext db, ProceduresAsOf asOf, ProcedureLinks links)
{
    /// <summary>
    /// The facts of <paramref name="unitIds"/> for [<paramref name="start"/>, <paramref name="end"/>): the dossiers
    /// received before the end and not ended before the start (the formulas judge each again), with their events; their
    /// procedures and the units' procedures that were in the catalog by the end, with the publication decisions of their
    /// revisions until then (each procedure's content and status as they stood at the end, <see cref="ProceduresAsOf"/>);
    /// the feedback the units received before the end, with its events and whether a complaint about its answer followed by then.
    /// The dossiers are the units' own: the index judges the competent unit.
    /// </summary>
    public async Task<IndexFacts> LoadAsync(IReadOnlyList<Guid> unitIds, DateTimeOffset start, DateTimeOffset end, WorkingCalendar calendar, CancellationToken ct)
    {
        var dossiers = await ReadDossiersAsync(unitIds, start, end, atReceivingUnit: false, ct);

        // The procedures the units resolved on the period's last day (a reorganization since moves them to a successor)
        // that were in the catalog by the end (first revision before it), and the procedure of every dossier, even one
        // imported into the catalog after the dossier (a historical import).
        var lastDay = DateOnly.FromDateTime(end.AddTicks(-1).ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        var linked = (await links.OnAsync(lastDay, [.. unitIds], ct)).Select(l => l.Key).ToList();
        var revisions = await db.ProcedureRevisions.AsNoTracking().Where(r => r.At < end && linked.Contains(r.ProcedureId)).ToListAsync(ct);
        var revisionIds = revisions.Select(r => r.Id).ToList();
        var disclosedOn = await db.PublicationDisclosures.AsNoTracking().Where(d => revisionIds.Contains(d.RevisionId) && d.PortalOn != null)
            .ToDictionaryAsync(d => d.RevisionId, d => d.PortalOn, ct);
        var procedures = await ProceduresAsync(revisions.Select(r => r.ProcedureId).Concat(dossiers.Rows.Select(d => d.ProcedureId)), end, ct);

        var feedback = await FeedbackFactsReader.ReadAsync(db, unitIds, end, ct);

        return new IndexFacts
        {
            Procedures = [.. procedures.Values.Select(p => ProcedureFacts.From(p, ProcedureFactDefaults.Historical))],
            Publications = PublicationFacts.From(revisions.Select(r => (procedures[r.ProcedureId].Code, r, disclosedOn.GetValueOrDefault(r.Id)))),
            Dossiers = [.. dossiers.Facts(procedures, calendar).Select(d => d.Facts)],
            Feedback = [.. feedback.Select(f => f.Facts)],
        };
    }

    /// <summary>
    /// The facts of the dossiers alone, as <see cref="LoadAsync"/> reads them, each with its row (the units it counts
    /// at): what the reports that count dossiers need, without the catalog's publications and the feedback. With
    /// <paramref name="atReceivingUnit"/>, the dossiers the units received, a dossier received regardless of
    /// administrative boundary counting at the desk that received it (REPORTS.md §2: form II.06 counts a dossier at the
    /// unit that received it).
    /// </summary>
    public async Task<List<(DossierFactsRow Row, DossierFacts Facts)>> DossiersAsync(
        IReadOnlyList<Guid> unitIds, DateTimeOffset start, DateTimeOffset end, WorkingCalendar calendar, CancellationToken ct, bool atReceivingUnit = false)
    {
        var dossiers = await ReadDossiersAsync(unitIds, start, end, atReceivingUnit, ct);
        return [.. dossiers.Facts(await ProceduresAsync(dossiers.Rows.Select(d => d.ProcedureId), end, ct), calendar)];
    }

    /// <summary>
    /// The period's dossiers of the units: only the columns their facts read, and their timelines kept beside their
    /// tallies, so that the time follows the period's dossiers, not the history, and reads one row a dossier, not its
    /// events (issue 19). A received dossier without a kept timeline has it read from its events.
    /// </summary>
    private async Task<PeriodDossiers> ReadDossiersAsync(IReadOnlyList<Guid> unitIds, DateTimeOffset start, DateTimeOffset end, bool atReceivingUnit, CancellationToken ct)
    {
        var overlapping = DossierLifespans.Overlapping(db.Dossiers.AsNoTracking(), start, end)
            .Where(d => unitIds.Contains(atReceivingUnit && d.ReceivedAtUnitId != null ? d.ReceivedAtUnitId.Value : d.UnitId));
        var rows = await overlapping.Select(DossierFactsRow.Columns).ToListAsync(ct);
        var received = rows.Where(d => d.ReceivedAt is not null).ToDictionary(d => d.Id);
        var receivedIds = received.Keys.ToList();
        var timelines = new Dictionary<Guid, DossierTimeline>();
        foreach (var kept in await db.DossierTallies.Where(t => receivedIds.Contains(t.DossierId) && t.Timeline != null).Select(t => new { t.DossierId, t.Timeline }).ToListAsync(ct))
        {
            timelines[kept.DossierId] = DossierTimelineText.Parse(kept.Timeline!, received[kept.DossierId].ReceivedAt!.Value);
        }

        var unkept = receivedIds.Where(id => !timelines.ContainsKey(id)).ToList();
        if (unkept.Count > 0)
        {
            // Eight or so events a dossier: without their notes, units and chain hashes, which the timeline never reads.
            var events = (await db.DossierEvents.Where(e => unkept.Contains(e.DossierId))
                .Select(e => new DossierEvent { Id = e.Id, DossierId = e.DossierId, Sequence = e.Sequence, Type = e.Type, At = e.At, ByUserName = e.ByUserName, FromStatus = e.FromStatus, ToStatus = e.ToStatus, DueAt = e.DueAt })
                .ToListAsync(ct)).ToLookup(e => e.DossierId);
            foreach (var id in unkept)
            {
                timelines[id] = DossierTimeline.Of(events[id], received[id].ReceivedAt!.Value);
            }
        }

        var codes = rows.Select(d => d.Code).ToList();
        var complained = (await db.Feedback.AsNoTracking().Where(f => f.DossierCode != null && codes.Contains(f.DossierCode)).Select(f => f.DossierCode!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        return new PeriodDossiers(rows, timelines, complained);
    }

    /// <summary>The procedures by their ids, each as it stood at <paramref name="end"/>.</summary>
    private async Task<IReadOnlyDictionary<Guid, Procedure>> ProceduresAsync(IEnumerable<Guid> ids, DateTimeOffset end, CancellationToken ct)
    {
        var listed = ids.Distinct().ToList();
        return await asOf.ReadAsync(await db.Procedures.AsNoTracking().Include(p => p.Units).Where(p => listed.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct), end, ct);
    }

    private sealed record PeriodDossiers(List<DossierFactsRow> Rows, Dictionary<Guid, DossierTimeline> Timelines, HashSet<string> Complained)
    {
        /// <summary>Each received dossier's facts (one never received has none), with its row.</summary>
        public IEnumerable<(DossierFactsRow Row, DossierFacts Facts)> Facts(IReadOnlyDictionary<Guid, Procedure> procedures, WorkingCalendar calendar) =>
            Rows.Where(d => d.ReceivedAt is not null).Select(d => (Row: d, Facts: DossierFactsBuilder.From(d, Timelines[d.Id], procedures[d.ProcedureId], calendar, Complained.Contains(d.Code))!));
    }
}
