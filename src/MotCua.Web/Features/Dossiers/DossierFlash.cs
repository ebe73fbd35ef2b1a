using MotCua.Domain.Calendar;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// What the dossier's page confirms after a change (issue 18 §11): the page that follows a redirect shows it once, in
/// its status region, so that the officer knows the intake, the assignment or the approval went through.
/// </summary>
public static class DossierFlash
{
    public const string Key = "DossierDone";

    public static string Received(IntakeResult intake) => intake.DueAt?.ToOffset(WorkingCalendar.VietnamOffset) is { } due
        ? Text.Pick($"Đã tiếp nhận hồ sơ {intake.Code}, hẹn trả kết quả lúc {DossierLabels.Time(due)}.", $"Dossier {intake.Code} received, result due at {DossierLabels.Time(due)}.")
        : Text.Pick($"Đã ghi nhận hồ sơ {intake.Code}.", $"Dossier {intake.Code} recorded.");

    public static string Acted(string action, DossierDetail dossier) => action switch
    {
        "assign" => Text.Pick($"Đã phân công hồ sơ cho {dossier.NameOf(dossier.AssignedTo!)}.", $"Assigned to {dossier.NameOf(dossier.AssignedTo!)}."),
        "approve" => Text.Pick("Đã phê duyệt hồ sơ; bước tiếp theo là ban hành kết quả.", "Approved; the result is to be issued next."),
        _ => Text.Pick($"Đã thực hiện: {DossierLabels.Action(action)}.", $"Done: {DossierLabels.Action(action)}."),
    };

    public static string Attached(AttachmentInfo file) => Text.Pick($"Đã đính kèm tệp {file.FileName}.", $"Attached {file.FileName}.");
}
