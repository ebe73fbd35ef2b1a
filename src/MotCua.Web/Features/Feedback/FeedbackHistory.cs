using MotCua.Domain.Feedback;

namespace MotCua.Web.Features.Feedback;

/// <summary>The event a change of a feedback appends: the state after it, at the unit holding it after it.</summary>
public static class FeedbackHistory
{
    public static FeedbackEvent Event(FeedbackItem item, string type, int sequence, FeedbackStatus? from, string by, DateTimeOffset at, string? note) => new()
    {
        FeedbackId = item.Id,
        Sequence = sequence,
        Type = type,
        At = at,
        ByUserName = by,
        UnitId = item.UnitId,
        FromStatus = from,
        ToStatus = item.Status,
        DueAt = item.DueAt,
        Note = note,
    };
}
