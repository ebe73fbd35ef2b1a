using System.Globalization;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Notifications;

/// <summary>
/// What the applicant is told, and when (DOMAIN.md §5): at receipt, at a supplement request, when
/// the result is ready, and with an apology. Queued in the caller's unit of work, so the message
/// exists if and only if the change it announces was saved. Texts keep their diacritics; an SMS
/// provider that needs plain ASCII converts them itself. The receipt's notice carries the dossier's public lookup link
/// on the site's configured address, the one its printed QR code holds.
/// </summary>
public static class ApplicantNotices
{
    public static void Queue(MotCuaDbContext db, PublicAddress site, Dossier dossier, DossierAction action, int eventSequence, DateTimeOffset now)
    {
        if (Body(dossier, action, site) is not { } body)
        {
            return;
        }

        Outbox.Queue(db, $"{dossier.Code}|{eventSequence}", dossier.Id, dossier.Applicant.Phone, dossier.Applicant.Email, body, now);
    }

    private static string? Body(Dossier dossier, DossierAction action, PublicAddress site) => action switch
    {
        DossierAction.Receive => $"Hồ sơ {dossier.Code} đã được tiếp nhận. Hẹn trả kết quả: {Time(dossier.DueAt)}. Tra cứu: {site.Lookup(dossier.Code)}",
        DossierAction.RequestSupplement => $"Hồ sơ {dossier.Code} cần bổ sung giấy tờ. Vui lòng xem phiếu yêu cầu bổ sung và liên hệ Bộ phận Một cửa.",
        DossierAction.IssueResult => $"Hồ sơ {dossier.Code} đã có kết quả. Mời Ông/Bà nhận kết quả theo hình thức đã đăng ký.",
        DossierAction.Apologize => $"Cơ quan giải quyết xin lỗi vì hồ sơ {dossier.Code} chưa được giải quyết đúng hạn. Hẹn trả lại: {Time(dossier.RescheduledTo)}.",
        _ => null,
    };

    private static string Time(DateTimeOffset? at) =>
        at?.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "-";
}
