using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Feedback;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Every officer action on a feedback: checks the action name, the state (wrong state → 409), the officer's role at
/// the unit holding it and the action's input; then changes the feedback, appends the event and queues the sender's
/// message, in one save guarded by the feedback's version.
/// </summary>
public sealed class ApplyFeedbackAction(MotCuaDbContext db, FeedbackPermissions permissions, CalendarSource calendars, GetFeedback get, TimeProvider clock)
{
    public async Task<Outcome<FeedbackDetail>> HandleAsync(string code, string actionName, FeedbackActionRequest request, CancellationToken ct)
    {
        if (!FeedbackActions.TryParse(actionName, out var action))
        {
            return Error.NotFound(new("thao tác", "Action"), actionName);
        }

        var found = await permissions.FindVisibleAsync(code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var item = found.Value;
        if (!FeedbackWorkflow.CanApply(item.Status, action))
        {
            return Error.Conflict(new(
                $"Không thể \"{actionName}\" khi phản ánh ở trạng thái \"{FeedbackLabels.Status(item.Status)}\".",
                $"\"{actionName}\" is not possible while the feedback is {item.Status}."));
        }

        if (!await permissions.MayTakeAsync(action, item.UnitId, ct))
        {
            return Error.Forbidden(new("Vai trò của bạn tại đơn vị này không được thực hiện thao tác này.", "Your role at this unit does not allow this action."));
        }

        var input = await FeedbackActionInput.CheckAsync(db, action, request, ct);
        if (input.Failed)
        {
            return input.Error;
        }

        var now = clock.GetUtcNow();
        var from = item.Status;
        FeedbackEffects.Apply(item, action, input.Value, await calendars.ForUnitAsync(item.UnitId, ct), now);
        var type = FeedbackActions.Name(action);
        var sequence = await db.FeedbackEvents.CountAsync(e => e.FeedbackId == item.Id, ct) + 1;
        db.FeedbackEvents.Add(FeedbackHistory.Event(item, type, sequence, from, permissions.UserName, now, input.Value.Note));
        FeedbackNotices.Queue(db, item, type, sequence, input.Value.Note, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict(new("Phản ánh vừa được người khác cập nhật; vui lòng tải lại và thử lại.", "Someone else just changed the feedback; reload and try again."));
        }

        return await get.HandleAsync(code, ct);
    }
}
