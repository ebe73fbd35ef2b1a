using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// What the late and at-risk lists read beside a set of dossiers to place each one in its internal steps: their
/// procedures, the events that close a step or apologize, and each unit's working calendar, loaded once for all.
/// </summary>
public sealed class StepRecords(MotCuaDbContext db, CalendarSource calendars)
{
    private static readonly string Apologize = DossierActions.Name(DossierAction.Apologize);

    public async Task<Loaded> LoadAsync(IReadOnlyCollection<Dossier> dossiers, CancellationToken ct)
    {
        var ids = dossiers.Select(d => d.Id).ToList();
        var procedureIds = dossiers.Select(d => d.ProcedureId).Distinct().ToList();
        var procedures = await db.Procedures.AsNoTracking().Where(p => procedureIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var events = (await db.DossierEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId) && (ControlSheet.ClosingTypes.Contains(e.Type) || e.Type == Apologize)).ToListAsync(ct))
            .OrderBy(e => e.Sequence).ToLookup(e => e.DossierId);
        var calendarsByUnit = new Dictionary<Guid, WorkingCalendar>();
        foreach (var unitId in dossiers.Select(d => d.UnitId).Distinct())
        {
            calendarsByUnit[unitId] = await calendars.ForUnitAsync(unitId, ct);
        }

        return new Loaded(procedures, events, calendarsByUnit);
    }

    public sealed record Loaded(IReadOnlyDictionary<Guid, Procedure> Procedures, ILookup<Guid, DossierEvent> Events, IReadOnlyDictionary<Guid, WorkingCalendar> Calendars)
    {
        public Procedure ProcedureOf(Dossier dossier) => Procedures[dossier.ProcedureId];

        public List<DossierEvent> EventsOf(Dossier dossier) => Events[dossier.Id].ToList();

        public WorkingCalendar CalendarOf(Dossier dossier) => Calendars[dossier.UnitId];

        public static DossierEvent? LastApology(List<DossierEvent> events) => events.LastOrDefault(e => e.Type == Apologize);
    }

    /// <summary>
    /// The step as the lists show it: a step handed on names who did it; the step in progress names the assignee only
    /// when it is a specialist's step, as leaders and the desk act without being assigned.
    /// </summary>
    public static LostStep Describe(StepInfo step, Dossier dossier, Procedure procedure, List<DossierEvent> events)
    {
        var officer = ControlSheet.Completions(procedure, events).TryGetValue(step.Index, out var done) ? done.ByUserName
            : procedure.Steps[step.Index].Role == Role.Specialist ? dossier.AssignedTo
            : null;
        return new LostStep(step.Index, step.Name, step.Role, step.UnitCode, officer, step.DueAt, step.CompletedAt);
    }
}
