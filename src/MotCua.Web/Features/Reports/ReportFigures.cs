using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Indicators;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The figures of forms II.06, II.07 and the unit-row forms (<see cref="IUnitCounts"/>) for a <see cref="ReportSubject"/>, aggregated up the unit tree: a unit's row
/// holds what it and every unit under it did. Dossiers are read through the index's fact source (the same end rule and
/// due instants as indicator 2.1); a dossier counts at the unit that received it.
/// </summary>
public sealed class ReportFigures(MotCuaDbContext db, IndexFactsSource facts, CalendarSource calendars, IEnumerable<IUnitCounts> counts, ProcedureLinks links)
{
    public async Task<ReportTable> ComputeAsync(ReportSubject subject, CancellationToken ct) => subject.Form.Content switch
    {
        FormContent.Mechanism => await MechanismAsync(subject, ct),
        FormContent.Resolution => await ResolutionAsync(subject, ct),
        var content => await CountsAsync(subject, counts.Single(c => c.Content == content), ct),
    };

    /// <summary>The units each row counts: with by=unit, each direct sub-unit's subtree and the unit's own; else the whole subtree.</summary>
    public static IEnumerable<IReadOnlySet<Guid>> RowSets(ReportSubject subject) =>
        RowOfUnit(subject).GroupBy(r => r.Value).Select(g => (IReadOnlySet<Guid>)g.Select(r => r.Key).ToHashSet());

    /// <summary>A form of unit rows whose cells count what the units did (<see cref="IUnitCounts"/>); a subtotal or the total counts the union of its rows' units.</summary>
    private static async Task<ReportTable> CountsAsync(ReportSubject subject, IUnitCounts source, CancellationToken ct)
    {
        var rowOf = RowOfUnit(subject);
        var count = await source.LoadAsync(subject, rowOf.Keys, ct);
        Domain.Reports.Measures Of(IEnumerable<Guid> rows)
        {
            var chosen = rows.ToHashSet();
            return count(rowOf.Where(r => chosen.Contains(r.Value)).Select(r => r.Key).ToHashSet());
        }

        return ReportRows.Build(subject.Form, Rows(subject, row => Of([row])), items => Of(items.Select(i => RowId(subject, i))));
    }

    private async Task<ReportTable> ResolutionAsync(ReportSubject subject, CancellationToken ct)
    {
        var (start, end) = (subject.Instants.From, subject.Instants.To);
        var all = subject.Subtree(subject.Unit.Id);
        var calendar = await calendars.ForUnitAsync(subject.Unit.Id, ct);
        var counted = await facts.DossiersAsync([.. all], start, end, calendar, ct, atReceivingUnit: true);
        var codes = counted.Select(d => d.Facts.ProcedureCode).Distinct().ToList();
        var procedures = await db.Procedures.AsNoTracking().Where(p => codes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, p => (p.Field, p.Level), ct);
        if (!subject.ByUnit)
        {
            return ReportRows.Build(subject.Form, counted
                .GroupBy(d => (procedures[d.Facts.ProcedureCode].Field, Level: subject.CountedLevel(procedures[d.Facts.ProcedureCode].Level, d.Row.UnitId)), d => d.Facts)
                .OrderBy(g => g.Key.Level).ThenBy(g => g.Key.Field, StringComparer.Ordinal)
                .Select(g => new ReportItem(g.Key.Level, g.Key.Field, null, ResolutionTally.Count(g, subject.Instants))));
        }

        var rowOf = RowOfUnit(subject);
        var byRow = counted.ToLookup(d => rowOf[d.Row.ReceivedAtUnitId ?? d.Row.UnitId], d => d.Facts);
        if (!subject.FromSubmissions)
        {
            return ReportRows.Build(subject.Form, Rows(subject, row => ResolutionTally.Count(byRow[row], subject.Instants)));
        }

        // Consolidating what the sub-units sent: each row says which version it took, or that nothing was sent (zeros).
        var sent = await SubmittedAsync(subject, ct);
        return ReportRows.Build(subject.Form, Rows(
            subject,
            row => row == subject.Unit.Id ? ResolutionTally.Count(byRow[row], subject.Instants) : sent.TryGetValue(row, out var s) ? s.Measures : new Domain.Reports.Measures(),
            unit => unit.Id == subject.Unit.Id ? unit.Name
                : sent.TryGetValue(unit.Id, out var s) ? string.Create(CultureInfo.InvariantCulture, $"{unit.Name} (số liệu đã gửi, lần {s.Version})")
                : unit.Name + " (chưa gửi)"));
    }

    /// <summary>The latest version each sub-unit submitted for the period and not had returned, read back into the form's measures.</summary>
    private async Task<Dictionary<Guid, (int Version, Domain.Reports.Measures Measures)>> SubmittedAsync(ReportSubject subject, CancellationToken ct)
    {
        var ids = subject.SubUnits.Select(u => u.Id).ToList();
        var submissions = await db.ReportSubmissions.AsNoTracking()
            .Where(s => s.FormCode == subject.Form.Code && s.PeriodCode == subject.Period.Code && ids.Contains(s.UnitId))
            .ToListAsync(ct);
        return submissions.GroupBy(s => s.UnitId)
            .Select(g => g.OrderByDescending(s => s.Version).First())
            .Where(s => s.Status != SubmissionStatus.Returned)
            .ToDictionary(s => s.UnitId, s => (s.Version, Frozen(subject.Form, s)));
    }

    private static Domain.Reports.Measures Frozen(ReportForm form, ReportSubmission submission)
    {
        var total = JsonSerializer.Deserialize<ReportResponse>(submission.Figures, JsonSerializerOptions.Web)!.Rows.Single(r => r.IsTotal);
        var measures = new Domain.Reports.Measures();
        foreach (var column in form.FigureColumns.Where(c => c.Measure is not null))
        {
            if (total.Cells.TryGetValue(column.Number, out var value) && value is JsonElement number)
            {
                measures.Add(column.Measure!, number.GetInt64());
            }
        }

        return measures;
    }

    /// <summary>
    /// Procedures in force that the units resolved on the period's last day and that were in the catalog before the
    /// period ended; at a one-stop desk when the resolving unit is served by one; with an internal process when it has
    /// steps. A procedure resolved by many units counts once in a subtotal and the total.
    /// </summary>
    private async Task<ReportTable> MechanismAsync(ReportSubject subject, CancellationToken ct)
    {
        var all = subject.Subtree(subject.Unit.Id).ToList();
        var end = subject.Instants.To;
        var resolving = await links.OnAsync(subject.Period.To, all, ct);
        var ids = resolving.Select(g => g.Key).ToList();
        var procedures = await db.Procedures.AsNoTracking()
            .Where(p => p.Status == ProcedureStatus.Active && ids.Contains(p.Id) && db.ProcedureRevisions.Any(r => r.ProcedureId == p.Id && r.At < end))
            .ToListAsync(ct);
        var rowOf = RowOfUnit(subject);
        var entries = procedures
            .SelectMany(p => resolving[p.Id].Where(rowOf.ContainsKey).Select(u => (Row: rowOf[u], Procedure: p, Unit: u, Desk: subject.Units[u].OneStopDeskId is not null)))
            .GroupBy(e => (e.Row, e.Procedure.Id))
            .Select(g => (g.Key.Row, g.Key.Id, Entry: new CatalogEntry(subject.CountedLevel(g.First().Procedure.Level, g.First().Unit), g.Any(e => e.Desk), g.First().Procedure.Steps.Count > 0)))
            .ToList();
        Domain.Reports.Measures Distinct(IEnumerable<Guid> rows) => MechanismTally.Count(
            entries.Where(e => rows.Contains(e.Row)).GroupBy(e => e.Id).Select(g => g.First().Entry with { OneStop = g.Any(e => e.Entry.OneStop) }));
        return ReportRows.Build(
            subject.Form,
            Rows(subject, row => Distinct([row])),
            items => Distinct(items.Select(i => RowId(subject, i))));
    }

    /// <summary>The unit whose row an item is: a sub-unit by its code, or the reporting unit itself.</summary>
    private static Guid RowId(ReportSubject subject, ReportItem item) =>
        item.UnitCode is { } code ? subject.Units.Values.First(u => u.Code == code).Id : subject.Unit.Id;

    /// <summary>
    /// The row each unit of the subtree counts in: by=unit, the direct sub-unit above it, or the unit itself for what
    /// is not under a sub-unit (its own desk and offices); otherwise the unit itself.
    /// </summary>
    private static Dictionary<Guid, Guid> RowOfUnit(ReportSubject subject)
    {
        var rows = subject.Subtree(subject.Unit.Id).ToDictionary(id => id, _ => subject.Unit.Id);
        if (subject.ByUnit)
        {
            foreach (var sub in subject.SubUnits)
            {
                foreach (var id in subject.Subtree(sub.Id))
                {
                    rows[id] = sub.Id;
                }
            }
        }

        return rows;
    }

    /// <summary>One item per sub-unit (by=unit) and one for the unit itself, left out by=unit when it counts nothing of its own.</summary>
    private static List<ReportItem> Rows(ReportSubject subject, Func<Guid, Domain.Reports.Measures> measure, Func<Unit, string>? label = null)
    {
        label ??= unit => unit.Name;
        var own = new ReportItem(subject.LevelOf(subject.Unit), label(subject.Unit), subject.Unit.Code, measure(subject.Unit.Id));
        if (!subject.ByUnit)
        {
            return [own];
        }

        var subs = subject.SubUnits.Select(u => new ReportItem(subject.LevelOf(u), label(u), u.Code, measure(u.Id))).ToList();
        return own.Measures.Cells(subject.Form).Values.Any(v => v != 0) ? [own, .. subs] : subs;
    }
}
