using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Every processing action (API.md): checks the action name, the officer's role at the unit
/// concerned, the state (wrong state → 409) and the action's own input; then changes the dossier,
/// its clock and appends the event, in one save guarded by the dossier's version.
/// </summary>
public sealed class ApplyAction(MotCuaDbContext db, DossierPermissions permissions, CalendarSource calendars, GetDossier get, TimeProvider clock, PublicAddress site)
{
    public Task<Outcome<DossierDetail>> HandleAsync(string code, string actionName, ActionRequest request, CancellationToken ct) =>
        HandleAsync(code, actionName, request, null, ct);

    /// <summary>
    /// The same, with <paramref name="alongside"/>: what the caller adds to the same save once every check has passed
    /// (the result file of <see cref="IssueResult"/>), so that a refused action stores nothing of it; an error it returns
    /// (the result's signature refused) refuses the action, and nothing is saved.
    /// </summary>
    public async Task<Outcome<DossierDetail>> HandleAsync(string code, string actionName, ActionRequest request, Func<Dossier, Task<Error?>>? alongside, CancellationToken ct)
    {
        if (!DossierActions.TryParse(actionName, out var action))
        {
            return Error.NotFound(new("thao tác", "Action"), actionName);
        }

        var found = await db.FindVisibleAsync(permissions, code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var dossier = found.Value;
        if (!DossierWorkflow.CanApply(dossier.Status, action))
        {
            return Error.Conflict(new(
                $"Không thể \"{actionName}\" khi hồ sơ ở trạng thái {DossierStatusNames.Of(dossier.Status)}.",
                $"\"{actionName}\" is not possible while the dossier is {DossierStatusNames.Of(dossier.Status)}."));
        }

        var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Id == dossier.ProcedureId, ct);
        if (await ActorUnitAsync(permissions, dossier, procedure, action, RolesFor(action, dossier, procedure), ct) is not { } actingUnit)
        {
            return Error.Forbidden(new("Vai trò của bạn tại đơn vị này không được thực hiện thao tác này.", "Your role at this unit does not allow this action."));
        }

        var step = dossier.CurrentStep;
        var change = await ActionEffects.ApplyAsync(db, dossier, procedure, action, request, await calendars.ForUnitAsync(dossier.UnitId, ct), clock.GetUtcNow(), ct);
        if (change.Failed)
        {
            return change.Error;
        }

        if (alongside is not null && await alongside(dossier) is { } refused)
        {
            return refused;
        }

        var sequence = await db.NextEventSequenceAsync(dossier, ct);
        db.DossierEvents.Add(DossierHistory.Record(dossier, action, sequence, clock.GetUtcNow(), permissions.UserName, actingUnit, step, change.Value));
        ApplicantNotices.Queue(db, site, dossier, action, sequence, clock.GetUtcNow());
        return await db.SaveDossierAsync(ct) is { } conflict ? conflict : await get.AfterActionAsync(code, ct);
    }

    /// <summary>
    /// The unit at which the officer takes <paramref name="action"/> with one of <paramref name="roles"/>, null when he may
    /// not: the <see cref="ActingUnit"/>, or for a dossier received across boundaries the receiving desk, whose
    /// receptionists do the desk's part (hand-over, supplement) for it; its result is returned only by the desk the
    /// applicant chose (<see cref="ResultPlace"/>).
    /// </summary>
    public static async Task<Guid?> ActorUnitAsync(DossierPermissions permissions, Dossier dossier, Procedure procedure, DossierAction action, Role[] roles, CancellationToken ct)
    {
        var acting = ActingUnit(dossier, procedure, action);
        if (action == DossierAction.ReturnResult && dossier.ReceivedAtUnitId is not null)
        {
            // The result goes back only where the applicant chose at intake to collect it (issue 17).
            var place = ResultPlace.ReturnedBy(dossier);
            return await permissions.HoldsAsync(place, ct, roles) ? place : null;
        }

        if (roles.Length > 0 && await permissions.HoldsAsync(acting, ct, roles))
        {
            return acting;
        }

        return dossier.ReceivedAtUnitId is { } desk && roles.Contains(Role.Receptionist) && await permissions.HoldsAsync(desk, ct, Role.Receptionist) ? desk : null;
    }

    /// <summary>A step is handed on by the role that does it (Mẫu 05), so a specialist cannot close the desk's step; the other actions as <see cref="ActionRoles"/>.</summary>
    public static Role[] RolesFor(DossierAction action, Dossier dossier, Procedure procedure) =>
        action == DossierAction.CompleteStep && StepClosing.Holder(procedure.Steps, dossier.CurrentStep) is { } holder
            ? [holder]
            : ActionRoles.For(action, dossier.Status);

    /// <summary>The unit whose officers may act: the step's unit while it is elsewhere (liên thông), else the resolving unit.</summary>
    public static Guid ActingUnit(Dossier dossier, Procedure procedure, DossierAction action) =>
        action is DossierAction.Transfer or DossierAction.CompleteStep or DossierAction.Pause or DossierAction.Resume or DossierAction.RequestSupplement
            ? dossier.CurrentUnitId
            : dossier.UnitId;
}
