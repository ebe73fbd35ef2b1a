using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Hồ sơ quá hạn for leaders (DOMAIN.md §4–5): the dossiers of the officer's units resolved late in the period, and
/// those still open past their due time (already late by the end of the period), each with the step where the time
/// was lost and the apology, grouped per unit and per officer. An apology does not take a dossier off the list.
/// </summary>
public sealed class ListLateDossiers(MotCuaDbContext db, OrganizationHistory history, DossierPermissions permissions, StepRecords records, TimeProvider clock, UnitDirectory directory)
{
    private static readonly DossierStatus[] Resolved = [DossierStatus.ResultIssued, DossierStatus.Returned];

    public async Task<Outcome<LateDossiers>> HandleAsync(LateQuery query, CancellationToken ct)
    {
        var period = DossierPeriod.Parse(query.From, query.To);
        if (period.Failed)
        {
            return period.Error;
        }

        var units = await directory.AllAsync(db, ct);
        var (from, to) = period.Value;
        var then = await history.ForPeriodAsync(to, ct);
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var dossiers = db.Dossiers.AsNoTracking().Where(d => scope.Contains(d.UnitId) || scope.Contains(d.CurrentUnitId));
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var found = await permissions.FindUnitInScopeAsync(query.UnitCode, ct);
            if (found.Failed)
            {
                return found.Error;
            }

            // The unit's subtree as it stood at the period's end, readable then or now: a ward moved away since still counts.
            var chosen = (await permissions.SubtreeAsync(found.Value.Id, then, ct)).ToList();
            dossiers = db.Dossiers.AsNoTracking().Where(d => chosen.Contains(d.UnitId));
        }

        var rows = await LateAsync(dossiers, from, to, units, ct);
        var atRisk = await AtRiskAsync(dossiers, units, ct);
        var names = await OfficerNamesAsync(rows.Select(r => r.LostStep?.Officer).Concat(atRisk.Select(r => r.Step?.Officer)), ct);
        // Names as they were at the period's end: a ward renamed since is listed under the name it then had.
        string UnitName(string code) => (then.FirstOrDefault(u => u.Code == code) ?? units.Values.First(u => u.Code == code)).Name;
        string OfficerName(string user) => names.GetValueOrDefault(user, user);
        return new LateDossiers(
            from, to, rows.Count, Groups(rows, r => r.UnitCode, UnitName), Groups(rows, r => r.LostStep?.Officer, OfficerName),
            atRisk.Count, Groups(atRisk, r => r.UnitCode, UnitName), Groups(atRisk, r => r.Step?.Officer, OfficerName));
    }

    /// <summary>
    /// The late dossiers of <paramref name="unitId"/> and the units under it, whoever asks: the public list per period
    /// (seeds 000, 001) reads them and shows only what it may.
    /// </summary>
    public async Task<List<LateDossier>> OfUnitAsync(Guid unitId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var units = await directory.AllAsync(db, ct);
        var chosen = UnitLookup.SelfAndDescendants(unitId, await history.ForPeriodAsync(to, ct)).ToList();
        return await LateAsync(db.Dossiers.AsNoTracking().Where(d => chosen.Contains(d.UnitId)), from, to, units, ct);
    }

    private async Task<List<LateDossier>> LateAsync(IQueryable<Dossier> dossiers, DateOnly from, DateOnly to, IReadOnlyDictionary<Guid, Unit> units, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (start, end) = DossierPeriod.Instants(from, to);
        var lateBy = end < now ? end : now;

        // A past period is cut at its end; the running one reads everything up to now.
        var past = end < now;

        // Resolved late: the result was issued after the due instant, within the period (refusals and withdrawals are
        // not late: form II.06 counts them on time). Open at the period's end (column 13 of II.06), as it stood then: the
        // clock ran past the due instant, or stopped after it, or the dossier was ended only after the period.
        var found = await dossiers
            .Where(d => d.DueAt != null && (
                (Resolved.Contains(d.Status) && d.EndedAt >= start && d.EndedAt < end && d.EndedAt > d.DueAt)
                || (d.DueAt < lateBy && ((past && d.EndedAt >= end) || (d.EndedAt == null && (DossierWorkflow.Running.Contains(d.Status) || d.StoppedAt > d.DueAt))))))
            .ToListAsync(ct);
        var loaded = await records.LoadAsync(found, ct);
        var codes = units.ToDictionary(u => u.Key, u => u.Value.Code);
        var ids = found.Select(d => d.Id).ToList();
        var passed = (await db.DossierEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId) && e.Type == UnitSuccession.PassedToSuccessor && (!past || e.At < end))
            .Select(e => e.DossierId).ToListAsync(ct)).ToHashSet();
        var rows = new List<LateDossier>();
        foreach (var dossier in found.OrderBy(d => d.DueAt).ThenBy(d => d.Code))
        {
            // A dossier whose unit was merged or abolished is the successor's from then on (issue 17), in the lists of later periods.
            var holder = passed.Contains(dossier.Id) ? UnitLookup.Successors(units[dossier.UnitId], units).LastOrDefault()?.Id ?? dossier.UnitId : dossier.UnitId;
            rows.Add(Row(dossier, codes[holder], loaded.ProcedureOf(dossier), loaded.EventsOf(dossier), loaded.CalendarOf(dossier), codes, lateBy, past ? end : null));
        }

        return rows;
    }

    /// <param name="asOf">Now, or the end of a past period: a past period's list reads the same whenever it is asked for.</param>
    /// <param name="cut">The end of a past period, after which nothing that happened counts; null for the running one.</param>
    private static LateDossier Row(Dossier dossier, string unitCode, Procedure procedure, List<DossierEvent> events, WorkingCalendar calendar, Dictionary<Guid, string> codes, DateTimeOffset asOf, DateTimeOffset? cut)
    {
        var offset = WorkingCalendar.VietnamOffset;
        var due = dossier.DueAt!.Value;
        var ended = cut is null || dossier.EndedAt < cut ? dossier.EndedAt : null;
        var stopped = DossierWorkflow.ClockRuns(dossier.Status) || dossier.StoppedAt is not { } stop || stop > asOf ? asOf : stop;
        var until = ended ?? stopped;
        var apology = StepRecords.Loaded.LastApology([.. events.Where(e => cut is null || e.At < cut)]) is { } letter
            ? new ApologyInfo(letter.At.ToOffset(offset), dossier.RescheduledTo?.ToOffset(offset), ApologyRule.IsWithinDeadline(calendar, letter.At, letter.DueAt ?? due))
            : null;
        return new LateDossier(
            dossier.Code, procedure.Code, procedure.Name, unitCode, DossierStatusNames.Of(dossier.Status), dossier.AssignedTo,
            due.ToOffset(offset), ended?.ToOffset(offset), until.ToOffset(offset),
            decimal.Round((decimal)calendar.WorkingTimeBetween(due, until).TotalHours, 2),
            Lost(dossier, procedure, events, calendar, codes), apology);
    }

    /// <summary>The first step handed on after its own due time; when every step so far was on time, the step the dossier stands at (it ran out of time there).</summary>
    private static LostStep? Lost(Dossier dossier, Procedure procedure, List<DossierEvent> events, WorkingCalendar calendar, Dictionary<Guid, string> codes)
    {
        var steps = ControlSheet.Steps(dossier, procedure, events, calendar, codes);
        var step = steps.FirstOrDefault(s => s.Timeliness == Timeliness.Late) ?? steps.ElementAtOrDefault(dossier.CurrentStep);
        return step is null ? null : StepRecords.Describe(step, dossier, procedure, events);
    }

    /// <summary>
    /// Open dossiers due within three days (the inbox's "due soon" and the digest's, DOMAIN.md §5), soonest first, each
    /// at the step it stands at; as of now, whatever the period asked.
    /// </summary>
    private async Task<List<AtRiskDossier>> AtRiskAsync(IQueryable<Dossier> dossiers, IReadOnlyDictionary<Guid, Unit> units, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var found = await ListDossiers.DueFilter(dossiers, "soon", now)!.ToListAsync(ct);
        var loaded = await records.LoadAsync(found, ct);
        var codes = units.ToDictionary(u => u.Key, u => u.Value.Code);
        return found.OrderBy(d => d.DueAt).ThenBy(d => d.Code).Select(dossier =>
        {
            var (procedure, events, calendar) = (loaded.ProcedureOf(dossier), loaded.EventsOf(dossier), loaded.CalendarOf(dossier));
            var step = ControlSheet.Steps(dossier, procedure, events, calendar, codes).ElementAtOrDefault(dossier.CurrentStep);
            return new AtRiskDossier(
                dossier.Code, procedure.Code, procedure.Name, codes[dossier.UnitId], DossierStatusNames.Of(dossier.Status), dossier.DueAt!.Value.ToOffset(WorkingCalendar.VietnamOffset),
                decimal.Round((decimal)calendar.WorkingTimeBetween(now, dossier.DueAt.Value).TotalHours, 2),
                step is null ? null : StepRecords.Describe(step, dossier, procedure, events), step?.DueAt < now);
        }).ToList();
    }

    private async Task<Dictionary<string, string>> OfficerNamesAsync(IEnumerable<string?> userNames, CancellationToken ct)
    {
        var wanted = userNames.OfType<string>().Distinct().ToList();
        return await db.Officers.AsNoTracking().Where(o => wanted.Contains(o.UserName)).ToDictionaryAsync(o => o.UserName, o => o.FullName, ct);
    }

    /// <summary>Largest groups first; the dossiers whose officer is not known come last.</summary>
    private static List<DossierGroup<T>> Groups<T>(List<T> rows, Func<T, string?> key, Func<string, string> name) => rows
        .GroupBy(key)
        .OrderBy(g => g.Key is null).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new DossierGroup<T>(g.Key, g.Key is { } k ? name(k) : Text.Pick("Chưa xác định cán bộ", "Officer not known"), g.Count(), g.ToList()))
        .ToList();
}
