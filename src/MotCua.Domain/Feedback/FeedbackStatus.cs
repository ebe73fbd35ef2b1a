namespace MotCua.Domain.Feedback;

/// <summary>
/// Where a feedback stands (DOMAIN.md §6: received, assigned, answered, published, closed; plus refused, and waiting
/// for the sender's information, during which the answer time does not run). Stored by name: add, never rename.
/// </summary>
public enum FeedbackStatus
{
    /// <summary>Đã tiếp nhận: at the unit it was sent to (the province when the sender named none), not yet triaged.</summary>
    Received,

    /// <summary>Đã chuyển xử lý: routed to the unit responsible for the answer.</summary>
    Assigned,

    /// <summary>Chờ bổ sung thông tin: the sender was asked for more; the time limit stops.</summary>
    WaitingInformation,

    /// <summary>Đã trả lời: the answer is written, not yet public.</summary>
    Answered,

    /// <summary>Đã công khai: the answer is on the portal.</summary>
    Published,

    /// <summary>Đã đóng: final, with or without a published answer.</summary>
    Closed,

    /// <summary>Từ chối tiếp nhận: not a matter for administrative feedback (e.g. a complaint under the Law on Complaints); final.</summary>
    Refused,
}
