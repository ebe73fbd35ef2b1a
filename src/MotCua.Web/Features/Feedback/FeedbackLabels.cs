using System.Globalization;
using MotCua.Domain.Feedback;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Feedback;

/// <summary>How feedback states, kinds and actions read in the UI and in messages, in Vietnamese and English.</summary>
public static class FeedbackLabels
{
    public static string Status(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Received => Text.Pick("Đã tiếp nhận", "Received"),
        FeedbackStatus.Assigned => Text.Pick("Đã chuyển xử lý", "Assigned"),
        FeedbackStatus.WaitingInformation => Text.Pick("Chờ bổ sung thông tin", "Waiting for information"),
        FeedbackStatus.Answered => Text.Pick("Đã trả lời", "Answered"),
        FeedbackStatus.Published => Text.Pick("Đã công khai trả lời", "Answer published"),
        FeedbackStatus.Closed => Text.Pick("Đã đóng", "Closed"),
        FeedbackStatus.Refused => Text.Pick("Từ chối tiếp nhận", "Refused"),
        _ => status.ToString(),
    };

    public static string Kind(FeedbackKind kind) => kind == FeedbackKind.Regulation
        ? Text.Pick("Về quy định hành chính", "About an administrative regulation")
        : Text.Pick("Về hành vi, việc giải quyết thủ tục hành chính", "About conduct or the handling of a procedure");

    public static string Action(string type) => type switch
    {
        "receive" => Text.Pick("Tiếp nhận", "Received"),
        "assign" => Text.Pick("Chuyển xử lý", "Assign"),
        "request-information" => Text.Pick("Đề nghị bổ sung thông tin", "Request information"),
        "receive-information" => Text.Pick("Nhận thông tin bổ sung", "Information received"),
        "answer" => Text.Pick("Trả lời", "Answer"),
        "publish" => Text.Pick("Công khai trả lời", "Publish the answer"),
        "refuse" => Text.Pick("Từ chối tiếp nhận", "Refuse"),
        "close" => Text.Pick("Đóng", "Close"),
        SubmitFeedback.Complaint => Text.Pick("Bị phản ánh lại về kết quả trả lời", "Answer complained about"),
        _ => type,
    };

    /// <summary>A time in Vietnam, as forms write it.</summary>
    public static string Time(DateTimeOffset? at) =>
        at?.ToOffset(Domain.Calendar.WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";
}
