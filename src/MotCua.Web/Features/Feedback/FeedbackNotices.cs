using MotCua.Domain.Feedback;
using MotCua.Web.Data;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// What the sender is told, when he left a phone or an e-mail (DOMAIN.md §5–6): the code and due date at receipt, a
/// request for more information, a refusal, and the published answer. Queued with the change, so a message exists if
/// and only if the change was saved.
/// </summary>
public static class FeedbackNotices
{
    public static void Queue(MotCuaDbContext db, FeedbackItem item, string type, int eventSequence, string? note, DateTimeOffset now)
    {
        if (Body(item, type, note) is { } body)
        {
            Outbox.Queue(db, $"{item.Code}|{eventSequence}", null, item.Sender.Phone, item.Sender.Email, body, now);
        }
    }

    private static string? Body(FeedbackItem item, string type, string? note) => type switch
    {
        "receive" => $"Phản ánh, kiến nghị {item.Code} đã được tiếp nhận. Hạn trả lời: {FeedbackLabels.Time(item.DueAt)}. Theo dõi tại /phan-anh/{item.Code}.",
        "request-information" => $"Phản ánh, kiến nghị {item.Code} cần bổ sung thông tin: {note}",
        "refuse" => $"Phản ánh, kiến nghị {item.Code} không được tiếp nhận: {note}",
        "publish" => $"Phản ánh, kiến nghị {item.Code} đã có trả lời, xem tại /phan-anh/{item.Code}.",
        _ => null,
    };
}
