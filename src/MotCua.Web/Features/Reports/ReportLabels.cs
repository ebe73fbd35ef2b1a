using MotCua.Domain.Reports;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reports;

/// <summary>The submission states, and the kinds, levels and contents of the settings' form, as the pages name them.</summary>
public static class ReportLabels
{
    public static string State(string state) => state switch
    {
        "submitted" => Text.Pick("Đã gửi, chờ tiếp nhận", "Submitted, awaiting the parent"),
        "accepted" => Text.Pick("Đã tiếp nhận", "Accepted"),
        "returned" => Text.Pick("Bị trả lại", "Returned"),
        _ => Text.Pick("Chưa gửi", "Not submitted"),
    };

    public static string Kind(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => Text.Pick("Tháng", "Month"),
        PeriodKind.Quarter => Text.Pick("Quý", "Quarter"),
        PeriodKind.HalfYear => Text.Pick("6 tháng", "Half year"),
        PeriodKind.NineMonths => Text.Pick("9 tháng", "Nine months"),
        PeriodKind.Year => Text.Pick("Năm", "Year"),
        _ => Text.Pick("Khoảng ngày tùy chọn", "Any run of days"),
    };

    public static string Level(ReportingLevel level) => level switch
    {
        ReportingLevel.Unit => Text.Pick("Cấp xã, phòng chuyên môn", "Commune, division"),
        ReportingLevel.District => Text.Pick("Cấp huyện", "District"),
        _ => Text.Pick("Cấp tỉnh", "Province"),
    };

    public static string Content(FormContent content) => content switch
    {
        FormContent.Resolution => Text.Pick("Tình hình, kết quả giải quyết hồ sơ", "Dossier resolution"),
        FormContent.Mechanism => Text.Pick("TTHC thực hiện theo cơ chế một cửa", "Procedures under the one-stop mechanism"),
        FormContent.Late => Text.Pick("Danh sách hồ sơ quá hạn", "Late dossiers"),
        FormContent.Feedback => Text.Pick("Phản ánh, kiến nghị", "Feedback and petitions"),
        FormContent.OnlineServices => Text.Pick("Dịch vụ công trực tuyến, thanh toán, số hóa", "Online services, payments, digitization"),
        FormContent.Publication => Text.Pick("Công bố, công khai TTHC", "Publication and disclosure"),
        _ => Text.Pick("Rà soát, đơn giản hóa TTHC", "Review and simplification"),
    };
}
