using MotCua.Domain.Plans;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Plans;

/// <summary>How progress and deadlines read on the pages, the exports and the printed plan.</summary>
public static class PlanText
{
    public static string Progress(TaskProgress status) => status switch
    {
        TaskProgress.InProgress => Text.Pick("Đang thực hiện", "In progress"),
        TaskProgress.Done => Text.Pick("Đã hoàn thành", "Done"),
        _ => Text.Pick("Chưa thực hiện", "Not started"),
    };

    /// <summary>
    /// "Số 15/KH-UBND", or that it has no number yet: plans copied from a draft carry only the document's symbol
    /// ("/KH-UBND"), which alone tells an officer nothing.
    /// </summary>
    public static string Number(string number) => number.Any(char.IsDigit)
        ? Text.Pick($"Số {number}", $"No. {number}")
        : Text.Pick("Chưa ghi số", "Not numbered");

    /// <summary>The plan's own wording when it has one, else the deadline as entered.</summary>
    public static string Due(PlanTaskView task) => task.DueText ?? task.DueKind switch
    {
        "date" => DateOnly.ParseExact(task.DueValue, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        "month" => Text.Pick("Tháng ", "Month ") + task.DueValue,
        _ => task.DueValue,
    };
}
