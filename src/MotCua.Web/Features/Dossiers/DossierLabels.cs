using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data.Entities;

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
        DossierHistory.Digitize => Text.Pick("Số hóa thành phần hồ sơ", "Digitize a component"),
        DossierHistory.LinkAccount => Text.Pick("Người nộp thêm hồ sơ vào tài khoản", "The applicant added the dossier to his account"),
        _ => action,
    };

    public static string Channel(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Online => Text.Pick("Trực tuyến", "Online"),
        IntakeChannel.Postal => Text.Pick("Bưu chính công ích", "Public postal service"),
        _ => Text.Pick("Trực tiếp", "At the desk"),
    };

    public static string Origin(ComponentOrigin origin) => origin switch
    {
        ComponentOrigin.Scan => Text.Pick("Số hóa tại quầy", "Scanned at the desk"),
        ComponentOrigin.Upload => Text.Pick("Tệp người nộp gửi", "Uploaded"),
        ComponentOrigin.Reuse => Text.Pick("Tái sử dụng", "Reused"),
        ComponentOrigin.PersonalStore => Text.Pick("Từ kho dữ liệu cá nhân", "Personal data store"),
        ComponentOrigin.PopulationDb => Text.Pick("Từ CSDL dân cư", "Population database"),
        _ => Text.Pick("Bản giấy", "Paper"),
    };

    public static string ResultKind(ResultKind? kind) => kind switch
    {
        Domain.Dossiers.ResultKind.Electronic => Text.Pick("Kết quả điện tử", "Electronic result"),
        Domain.Dossiers.ResultKind.ECertifiedCopy => Text.Pick("Bản sao điện tử có chứng thực", "Certified electronic copy"),
        Domain.Dossiers.ResultKind.Paper => Text.Pick("Kết quả bản giấy", "Paper result"),
        _ => "—",
    };

    public static string Timeliness(Timeliness? timeliness) => timeliness switch
    {
        Domain.Dossiers.Timeliness.Early => Text.Pick("Trước hạn", "Early"),
        Domain.Dossiers.Timeliness.OnTime => Text.Pick("Đúng hạn", "On time"),
        Domain.Dossiers.Timeliness.Late => Text.Pick("Quá hạn", "Late"),
        _ => "",
    };

    public static string Time(DateTimeOffset? at) => at?.ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    /// <summary>What became of the dossier's last change sent to the national portal; only an acknowledgement counts (1.4).</summary>
    public static string Portal(PortalSyncInfo? portal) => portal switch
    {
        null => Text.Pick("Chưa gửi", "Not sent yet"),
        { State: PortalSyncState.Acknowledged } => Text.Pick($"Cổng đã xác nhận lúc {Time(portal.AnsweredAt)}, mã tiếp nhận {portal.AckId}", $"Acknowledged by the portal at {Time(portal.AnsweredAt)}, reference {portal.AckId}"),
        { State: PortalSyncState.Rejected } => Text.Pick($"Cổng từ chối lúc {Time(portal.AnsweredAt)}: {portal.RejectedReason}", $"Rejected by the portal at {Time(portal.AnsweredAt)}: {portal.RejectedReason}"),
        { State: PortalSyncState.Written } => Text.Pick("Chỉ ghi ra tệp để chuyển ngoại tuyến, Cổng chưa xác nhận: không tính là đã đồng bộ", "Only written to a file to be carried offline, not acknowledged: not counted as synchronized"),
        _ => Text.Pick($"Đang chờ Cổng trả lời (đã gửi {portal.Attempts} lần, gửi lại lúc {Time(portal.NextAttemptAt)}): {portal.LastError}", $"Waiting for the portal (sent {portal.Attempts} times, next at {Time(portal.NextAttemptAt)}): {portal.LastError}"),
    };
}
