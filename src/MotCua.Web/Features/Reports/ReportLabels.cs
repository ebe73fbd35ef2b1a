using MotCua.Web.Common;

namespace MotCua.Web.Features.Reports;

/// <summary>The submission states as the page names them.</summary>
public static class ReportLabels
{
    public static string State(string state) => state switch
    {
        "submitted" => Text.Pick("Đã gửi, chờ tiếp nhận", "Submitted, awaiting the parent"),
        "accepted" => Text.Pick("Đã tiếp nhận", "Accepted"),
        "returned" => Text.Pick("Bị trả lại", "Returned"),
        _ => Text.Pick("Chưa gửi", "Not submitted"),
    };
}
