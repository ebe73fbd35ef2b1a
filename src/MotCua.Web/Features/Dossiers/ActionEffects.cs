using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// What each action does to a dossier besides its status: who holds it, which step it is at, its
/// clock (time waiting for the applicant does not count, DOMAIN.md §2) and when processing ended.
/// Answers the note to record in the event, or the input error.
/// </summary>
public static class ActionEffects
{
    public static async Task<Outcome<string?>> ApplyAsync(MotCuaDbContext db, Dossier dossier, Procedure procedure, DossierAction action, ActionRequest request, WorkingCalendar calendar, DateTimeOffset now, CancellationToken ct)
    {
        if (NeedsReason(action) && string.IsNullOrWhiteSpace(request.Reason))
        {
            return Error.Validation("reason", new("Cần ghi rõ lý do.", "A reason is required."));
        }

        if (Note(request)?.Length > 2000)
        {
            return Error.Validation("note", new("Ghi chú tối đa 2000 ký tự.", "The note is at most 2000 characters."));
        }

        var units = new Dictionary<string, Guid>();
        switch (action)
        {
            case DossierAction.Assign:
                if (string.IsNullOrWhiteSpace(request.Assignee) || !await db.Officers.AnyAsync(o => o.UserName == request.Assignee && o.IsActive, ct))
                {
                    return Error.Validation("assignee", new("Cần chọn cán bộ đang hoạt động để phân công.", "An active officer must be chosen."));
                }

                break;
            case DossierAction.Transfer:
                var target = await db.Units.FirstOrDefaultAsync(u => u.Code == request.ToUnitCode && u.IsActive, ct);
                if (target is null)
                {
                    return Error.Validation("toUnitCode", new("Cần chọn đơn vị đang hoạt động để chuyển hồ sơ.", "An active unit must be chosen."));
                }

                units[target.Code] = target.Id;
                break;
            case DossierAction.CompleteStep or DossierAction.Approve or DossierAction.ReturnResult:
                units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
                break;
            case DossierAction.Apologize:
                if (dossier.DueAt is not { } due || request.NewDueAt is not { } newDue || !ApologyRule.NewDateIsValid(newDue, due))
                {
                    return Error.Validation("newDueAt", new("Ngày hẹn mới phải sau thời hạn giải quyết hiện tại.", "The new appointment must be after the current due time."));
                }

                break;
        }

        return Apply(dossier, procedure, action, request, calendar, now, units);
    }

    /// <summary>
    /// The effects of an action whose input is already checked (a reason where one is needed, an active assignee, a
    /// valid new appointment); <paramref name="units"/> maps unit codes to ids for the units the action may move the
    /// dossier to. Answers the note to record in the event.
    /// </summary>
    public static string? Apply(Dossier dossier, Procedure procedure, DossierAction action, ActionRequest request, WorkingCalendar calendar, DateTimeOffset now, IReadOnlyDictionary<string, Guid> units)
    {
        var note = Note(request);
        if (StepClosing.Closes(procedure.Steps, action, dossier.CurrentStep) is { } closed)
        {
            MoveAfter(dossier, procedure, closed, units);
        }

        switch (action)
        {
            case DossierAction.Receive:
                DossierTime.Receive(dossier, procedure, calendar, now);
                break;
            case DossierAction.Assign:
                dossier.AssignedTo = request.Assignee;
                note ??= request.Assignee;
                break;
            case DossierAction.Transfer:
                dossier.CurrentUnitId = units[request.ToUnitCode!];
                note ??= request.ToUnitCode;
                break;
            case DossierAction.ReceiveSupplement when dossier.ReceivedAt is null:
                // Sent back for a supplement at intake: the clock starts only now (Decree 61/2018 art. 18).
                DossierTime.Receive(dossier, procedure, calendar, now);
                break;
            case DossierAction.Apologize:
                return Apologize(dossier, request);
            default:
                DossierTime.Follow(dossier, action, calendar, now);
                break;
        }

        return note;
    }

    private static string? Note(ActionRequest request) =>
        request.Note?.Trim() is { Length: > 0 } note ? note : request.Reason?.Trim();

    private static bool NeedsReason(DossierAction action) => action is DossierAction.RequestSupplement or DossierAction.Pause
        or DossierAction.Refuse or DossierAction.Withdraw or DossierAction.Apologize;

    /// <summary>Moves to the step after the one closed; an inter-agency step hands the dossier to its unit, the others bring it home.</summary>
    private static void MoveAfter(Dossier dossier, Procedure procedure, int closed, IReadOnlyDictionary<string, Guid> units)
    {
        dossier.CurrentStep = Math.Min(closed + 1, Math.Max(procedure.Steps.Count - 1, 0));
        var step = procedure.Steps.ElementAtOrDefault(dossier.CurrentStep);
        dossier.CurrentUnitId = step?.UnitCode is { } code && units.TryGetValue(code, out var id) ? id : dossier.UnitId;
    }

    /// <summary>
    /// Phiếu xin lỗi và hẹn lại (Mẫu 04): a new appointment after the due instant. The dossier stays
    /// counted as late (DOMAIN.md §4), so the due instant itself does not move.
    /// </summary>
    private static string Apologize(Dossier dossier, ActionRequest request)
    {
        dossier.RescheduledTo = request.NewDueAt;

        // Whether the letter went out in time (ApologyRule.LatestApologyAt) follows from the event's
        // time and the due instant; the reason printed on the letter stays the unit's own words.
        return request.Reason!.Trim();
    }
}
