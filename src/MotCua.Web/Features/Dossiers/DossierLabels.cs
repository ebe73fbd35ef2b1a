using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>How dossier states, actions and channels read in the UI, in Vietnamese and English.</summary>
public static class DossierLabels
{
    public static string Status(string status) => status switch
    {
        "submitted" => Text.Pick("Chờ tiếp nhận", "Waiting for intake"),
        "inProgress" => Text.Pick("Đang giải quyết", "In progress"),
        "waitingSupplement" => Text.Pick("Chờ bổ sung", "Waiting for supplement"),
        "paused" => Text.Pick("Tạm dừng", "Paused"),
        "approved" => Text.Pick("Đã phê duyệt", "Approved"),
        "resultIssued" => Text.Pick("Đã có kết quả, chờ trả", "Result ready"),
        "returned" => Text.Pick("Đã trả kết quả", "Result returned"),
        "refused" => Text.Pick("Từ chối", "Refused"),
        "withdrawn" => Text.Pick("Đã rút", "Withdrawn"),
        _ => status,
    };

    public static string Action(string action) => action switch
    {
        "submit" => Text.Pick("Nộp trực tuyến", "Submitted online"),
        "receive" => Text.Pick("Tiếp nhận", "Receive"),
        "assign" => Text.Pick("Phân công", "Assign"),
        "transfer" => Text.Pick("Chuyển đơn vị", "Transfer"),
        "complete-step" => Text.Pick("Hoàn thành bước, chuyển tiếp", "Complete step"),
        "request-supplement" => Text.Pick("Yêu cầu bổ sung", "Request supplement"),
        "receive-supplement" => Text.Pick("Nhận hồ sơ bổ sung", "Receive supplement"),
        "pause" => Text.Pick("Tạm dừng", "Pause"),
        "resume" => Text.Pick("Tiếp tục", "Resume"),
        "refuse" => Text.Pick("Từ chối", "Refuse"),
        "approve" => Text.Pick("Phê duyệt", "Approve"),
        "issue-result" => Text.Pick("Ban hành kết quả", "Issue result"),
        "return-result" => Text.Pick("Trả kết quả", "Return result"),
        "withdraw" => Text.Pick("Rút hồ sơ", "Withdraw"),
        "apologize" => Text.Pick("Xin lỗi, hẹn lại", "Apologize"),
        _ => action,
    };

    public static string Channel(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Online => Text.Pick("Trực tuyến", "Online"),
        IntakeChannel.Postal => Text.Pick("Bưu chính công ích", "Public postal service"),
        _ => Text.Pick("Trực tiếp", "At the desk"),
    };

    public static string Timeliness(Timeliness? timeliness) => timeliness switch
    {
        Domain.Dossiers.Timeliness.Early => Text.Pick("Trước hạn", "Early"),
        Domain.Dossiers.Timeliness.OnTime => Text.Pick("Đúng hạn", "On time"),
        Domain.Dossiers.Timeliness.Late => Text.Pick("Quá hạn", "Late"),
        _ => "",
    };

    public static string Time(DateTimeOffset? at) => at?.ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
