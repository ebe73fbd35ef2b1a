using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Data.Seed;

/// <summary>A procedure as one unit resolves it, with the unit's agency code, calendar and the places its applicants live.</summary>
internal sealed record DemoDesk(Procedure Procedure, Unit Unit, string AgencyCode, WorkingCalendar Calendar, IReadOnlyList<string> Localities);

/// <summary>One action after a demo dossier's first event: what, when, by whom, with which input.</summary>
internal sealed record DemoAction(DossierAction Action, DateTimeOffset At, string By, ActionRequest Request);

/// <summary>
/// A demo dossier as planned, before it has its code: the code's sequence follows the order of submission within
/// the agency and day, which is known only once every dossier is planned.
/// </summary>
internal sealed record DemoPlan(DemoDesk Desk, IntakeChannel Channel, Applicant Applicant, List<ReceivedComponent> Components, DateTimeOffset SubmittedAt, string OpenedBy, IReadOnlyList<DemoAction> Actions)
{
    /// <summary>Opens the dossier under <paramref name="code"/> and replays the actions: the dossier and its events.</summary>
    public (Dossier Dossier, List<DossierEvent> Events) Replay(DossierCode code, IReadOnlyDictionary<string, Guid> unitIds)
    {
        var dossier = ReceiveDossier.Open(code, Desk.Procedure, Desk.Unit.Id, Channel, Applicant, [.. Components], Desk.Calendar, SubmittedAt);
        List<DossierEvent> events = [DossierHistory.Opened(dossier, OpenedBy)];
        foreach (var action in Actions)
        {
            events.Add(Perform(dossier, Desk, action, events.Count + 1, unitIds));
        }

        return (dossier, events);
    }

    /// <summary>
    /// Applies one action as <see cref="ApplyAction"/> does — same effects, same event — after checking that the
    /// workflow allows it: a demo dossier never holds a history the product itself could not have written.
    /// </summary>
    /// <exception cref="InvalidOperationException">The workflow does not allow the action in the dossier's state.</exception>
    public static DossierEvent Perform(Dossier dossier, DemoDesk desk, DemoAction action, int sequence, IReadOnlyDictionary<string, Guid> unitIds)
    {
        if (!DossierWorkflow.CanApply(dossier.Status, action.Action))
        {
            throw new InvalidOperationException($"Demo dossier of {desk.Procedure.Code}: {DossierActions.Name(action.Action)} is not allowed in {dossier.Status}.");
        }

        var step = dossier.CurrentStep;
        var actingUnit = ApplyAction.ActingUnit(dossier, desk.Procedure, action.Action);
        var note = ActionEffects.Apply(dossier, desk.Procedure, action.Action, action.Request, desk.Calendar, action.At, unitIds);
        return DossierHistory.Record(dossier, action.Action, sequence, action.At, action.By, actingUnit, step, note);
    }
}

/// <summary>
/// Who does what in the demo: the demo officer holding the role where a grant counts for the unit, nearest first (its
/// one-stop desk, the unit, then the units above it, as <see cref="DossierPermissions"/> decides); "system" where the
/// demo province has nobody.
/// </summary>
internal sealed class DemoActors(IReadOnlyDictionary<Guid, (Guid? Parent, Guid? Desk)> tree, IEnumerable<Officer> officers)
{
    public const string System = "system";

    private readonly ILookup<(Guid Unit, Role Role), string> grants = officers
        .SelectMany(o => o.Roles.Select(g => (Key: (g.UnitId, g.Role), o.UserName)))
        .ToLookup(x => x.Key, x => x.UserName);

    public string? Officer(Role role, Guid unitId) =>
        DossierPermissions.ActingUnits(tree, unitId).SelectMany(u => grants[(u, role)]).FirstOrDefault();

    /// <summary>The officer of the first of <paramref name="roles"/> that anyone holds for the unit.</summary>
    public string For(IEnumerable<Role> roles, Guid unitId) =>
        roles.Select(r => Officer(r, unitId)).FirstOrDefault(name => name is not null) ?? System;
}
