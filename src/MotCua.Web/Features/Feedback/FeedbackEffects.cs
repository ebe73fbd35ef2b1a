using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// What an action changes on a feedback: its state, the milestone the indicators read (the first information request,
/// the first answer — a corrected answer does not make a late one on time or an on-time one late), and its clock,
/// which stops while waiting for the sender and then runs the working time that was left, as a dossier's does.
/// </summary>
public static class FeedbackEffects
{
    public static void Apply(FeedbackItem item, FeedbackAction action, FeedbackActionInput input, WorkingCalendar calendar, DateTimeOffset now)
    {
        item.Status = FeedbackWorkflow.Next(item.Status, action);
        item.Version++;
        switch (action)
        {
            case FeedbackAction.Assign:
                item.UnitId = input.ToUnitId!.Value;
                item.AssignedAt = now;
                break;
            case FeedbackAction.RequestInformation:
                var stopped = DossierClock.Restore(item.ReceivedAt, item.DueAt, null, null).Stop(calendar, now);
                (item.StoppedAt, item.RemainingWhenStopped) = (stopped.StoppedAt, stopped.Remaining);
                item.InformationRequestedAt ??= now;
                break;
            case FeedbackAction.ReceiveInformation:
                item.DueAt = DossierClock.Restore(item.ReceivedAt, item.DueAt, item.StoppedAt, item.RemainingWhenStopped).Resume(calendar, now).DueAt;
                (item.StoppedAt, item.RemainingWhenStopped) = (null, null);
                break;
            case FeedbackAction.Answer:
                item.Answer = input.Note;
                item.AnsweredAt ??= now;
                break;
            case FeedbackAction.Publish:
                item.PublishedAt = now;
                break;
            case FeedbackAction.Refuse:
                item.RefusalReason = input.Note;
                item.RefusedAt = now;
                break;
            case FeedbackAction.Close:
                item.ClosedAt = now;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Not a feedback action.");
        }
    }
}
