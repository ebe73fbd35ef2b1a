using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Hồ sơ quá hạn for leaders (DOMAIN.md §4–5): the dossiers of the officer's units resolved late in the period, and
/// those still open past their due time (already late by the end of the period), each with the step where the time
/// was lost and the apology, grouped per unit and per officer. An apology does not take a dossier off the list.
/// </summary>
public sealed class ListLateDossiers(MotCuaDbContext db, DossierPermissions permissions, CalendarSource calendars, TimeProvider clock)
{
    private static readonly DossierStatus[] Resolved = [DossierStatus.ResultIssued, DossierStatus.Returned];
    private static readonly string CompleteStep = DossierActions.Name(DossierAction.CompleteStep);
    private static readonly string Apologize = DossierActions.Name(DossierAction.Apologize);

    public async Task<Outcome<LateDossiers>> HandleAsync(LateQuery query, CancellationToken ct)
    {
        var period = DossierPeriod.Parse(query.From, query.To);
        if (period.Failed)
        {
            return period.Error!;
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var dossiers = db.Dossiers.AsNoTracking().Where(d => scope.Contains(d.UnitId) || scope.Contains(d.CurrentUnitId));
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var found = await permissions.FindUnitInScopeAsync(query.UnitCode, ct);
            if (found.Failed)
            {
                return found.Error!;
            }

            var chosen = UnitLookup.SelfAndDescendants(found.Value.Id, units.Values).ToList();
            dossiers = dossiers.Where(d => chosen.Contains(d.UnitId));
        }

        var (from, to) = period.Value;
        var rows = await LateAsync(dossiers, from, to, units, ct);
        var names = await OfficerNamesAsync(rows.Select(r => r.LostStep?.Officer), ct);
        return new LateDossiers(
            from, to, rows.Count,
            Groups(rows, r => r.UnitCode, code => units.Values.First(u => u.Code == code).Name),
            Groups(rows, r => r.LostStep?.Officer, user => names.GetValueOrDefault(user, user)));
    }

    /// <summary>
    /// The late dossiers of <paramref name="unitId"/> and the units under it, whoever asks: the public list per period
    /// (seeds 000, 001) reads them and shows only what it may.
    /// </summary>
    public async Task<List<LateDossier>> OfUnitAsync(Guid unitId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var chosen = UnitLookup.SelfAndDescendants(unitId, units.Values).ToList();
        return await LateAsync(db.Dossiers.AsNoTracking().Where(d => chosen.Contains(d.UnitId)), from, to, units, ct);
    }

    private async Task<List<LateDossier>> LateAsync(IQueryable<Dossier> dossiers, DateOnly from, DateOnly to, Dictionary<Guid, Unit> units, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (start, end) = DossierPeriod.Instants(from, to);
        var lateBy = end < now ? end : now;

        // Resolved late: the result was issued after the due instant, within the period (refusals and withdrawals are
        // not late: form II.06 counts them on time). Open: the clock ran past the due instant, or stopped after it.
        var found = await dossiers
            .Where(d => d.DueAt != null && (
                (Resolved.Contains(d.Status) && d.EndedAt >= start && d.EndedAt < end && d.EndedAt > d.DueAt)
                || (d.EndedAt == null && d.DueAt < lateBy && (DossierWorkflow.Running.Contains(d.Status) || d.StoppedAt > d.DueAt))))
            .ToListAsync(ct);
        var ids = found.Select(d => d.Id).ToList();
        var procedureIds = found.Select(d => d.ProcedureId).Distinct().ToList();
        var procedures = await db.Procedures.AsNoTracking().Where(p => procedureIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var events = (await db.DossierEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId) && (e.Type == CompleteStep || e.Type == Apologize)).ToListAsync(ct))
            .OrderBy(e => e.Sequence).ToLookup(e => e.DossierId);
        var codes = units.ToDictionary(u => u.Key, u => u.Value.Code);
        var calendarsByUnit = new Dictionary<Guid, WorkingCalendar>();
        var rows = new List<LateDossier>();
        foreach (var dossier in found.OrderBy(d => d.DueAt).ThenBy(d => d.Code))
        {
            if (!calendarsByUnit.TryGetValue(dossier.UnitId, out var calendar))
            {
                calendar = calendarsByUnit[dossier.UnitId] = await calendars.ForUnitAsync(dossier.UnitId, ct);
            }

            rows.Add(Row(dossier, procedures[dossier.ProcedureId], events[dossier.Id].ToList(), calendar, codes, now));
        }

        return rows;
    }

    private static LateDossier Row(Dossier dossier, Procedure procedure, List<DossierEvent> events, WorkingCalendar calendar, Dictionary<Guid, string> codes, DateTimeOffset now)
    {
        var offset = WorkingCalendar.VietnamOffset;
        var due = dossier.DueAt!.Value;
        var until = dossier.EndedAt ?? (DossierWorkflow.ClockRuns(dossier.Status) ? now : dossier.StoppedAt ?? now);
        var apology = events.LastOrDefault(e => e.Type == Apologize) is { } letter
            ? new ApologyInfo(letter.At.ToOffset(offset), dossier.RescheduledTo?.ToOffset(offset), ApologyRule.IsWithinDeadline(calendar, letter.At, letter.DueAt ?? due))
            : null;
        return new LateDossier(
            dossier.Code, procedure.Code, procedure.Name, codes[dossier.UnitId], DossierStatusNames.Of(dossier.Status), dossier.AssignedTo,
            due.ToOffset(offset), dossier.EndedAt?.ToOffset(offset), until.ToOffset(offset),
            decimal.Round((decimal)calendar.WorkingTimeBetween(due, until).TotalHours, 2),
            Lost(dossier, procedure, events, calendar, codes), apology);
    }

    /// <summary>
    /// The first step handed on after its own due time; when every step so far was on time, the step the dossier
    /// stands at (it ran out of time there). A step handed on names who did it; the step in progress names the
    /// assignee only when it is a specialist's step, as leaders and the desk act without being assigned.
    /// </summary>
    private static LostStep? Lost(Dossier dossier, Procedure procedure, List<DossierEvent> events, WorkingCalendar calendar, Dictionary<Guid, string> codes)
    {
        var steps = ControlSheet.Steps(dossier, procedure, events, calendar, codes);
        var step = steps.FirstOrDefault(s => s.Timeliness == Timeliness.Late) ?? steps.ElementAtOrDefault(dossier.CurrentStep);
        if (step is null)
        {
            return null;
        }

        var officer = ControlSheet.Completions(events).TryGetValue(step.Index, out var done) ? done.ByUserName
            : procedure.Steps[step.Index].Role == Role.Specialist ? dossier.AssignedTo
            : null;
        return new LostStep(step.Index, step.Name, step.Role, step.UnitCode, officer, step.DueAt, step.CompletedAt);
    }

    private async Task<Dictionary<string, string>> OfficerNamesAsync(IEnumerable<string?> userNames, CancellationToken ct)
    {
        var wanted = userNames.OfType<string>().Distinct().ToList();
        return await db.Officers.AsNoTracking().Where(o => wanted.Contains(o.UserName)).ToDictionaryAsync(o => o.UserName, o => o.FullName, ct);
    }

    /// <summary>Most late dossiers first; the dossiers whose officer is not known come last.</summary>
    private static List<LateGroup> Groups(List<LateDossier> rows, Func<LateDossier, string?> key, Func<string, string> name) => rows
        .GroupBy(key)
        .OrderBy(g => g.Key is null).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new LateGroup(g.Key, g.Key is { } k ? name(k) : Text.Pick("Chưa xác định cán bộ", "Officer not known"), g.Count(), g.ToList()))
        .ToList();
}
