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

    /// <summary>The plan's own wording when it has one, else the deadline as entered.</summary>
    public static string Due(PlanTaskView task) => task.DueText ?? task.DueKind switch
    {
        "date" => DateOnly.ParseExact(task.DueValue, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        "month" => Text.Pick("Tháng ", "Month ") + task.DueValue,
        _ => task.DueValue,
    };
}
