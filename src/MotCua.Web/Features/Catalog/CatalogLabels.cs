using System.Globalization;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Catalog;

/// <summary>How catalog values read in the UI, in Vietnamese and English.</summary>
public static class CatalogLabels
{
    public static IEnumerable<(string Value, string Label)> Levels =>
        [("province", Level(ProcedureLevel.Province)), ("district", Level(ProcedureLevel.District)), ("commune", Level(ProcedureLevel.Commune))];

    public static IEnumerable<(string Value, string Label)> ChannelOptions =>
        [("counter", Channel("counter")), ("postal", Channel("postal")), ("online", Channel("online"))];

    public static string Level(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Province => Text.Pick("Cấp tỉnh", "Province"),
        ProcedureLevel.District => Text.Pick("Cấp huyện", "District"),
        _ => Text.Pick("Cấp xã", "Commune"),
    };

    public static string Channel(string channel) => channel switch
    {
        "counter" => Text.Pick("Trực tiếp tại Bộ phận Một cửa", "At the one-stop desk"),
        "postal" => Text.Pick("Qua bưu chính công ích", "By public postal service"),
        _ => Text.Pick("Trực tuyến", "Online"),
    };

    /// <summary>The recorded facts the Decision 766 index reads, as one sentence; empty when none is recorded.</summary>
    public static string IndexTraits(ProcedureDetail p)
    {
        static string? Fact(bool? value, string yesVi, string noVi, string yesEn, string noEn) =>
            value is { } v ? (v ? Text.Pick(yesVi, yesEn) : Text.Pick(noVi, noEn)) : null;
        return string.Join(" ", new[]
        {
            Fact(p.ResultIsDocument, "Kết quả là văn bản, giấy tờ.", "Kết quả không phải văn bản, giấy tờ.", "The result is a document.", "The result is not a document."),
            Fact(p.IsCertifiedCopy, "Chứng thực bản sao từ bản chính.", "", "Certified copy from the original.", ""),
            Fact(p.OnlinePaymentIntegrated, "Đã tích hợp thanh toán trực tuyến.", "Chưa tích hợp thanh toán trực tuyến.", "Online payment integrated.", "Online payment not integrated."),
            Fact(p.FullOnlineEligible, "Đủ điều kiện trực tuyến toàn trình.", "Chưa đủ điều kiện trực tuyến toàn trình.", "Eligible for full-process online.", "Not eligible for full-process online."),
        }.Where(f => !string.IsNullOrEmpty(f)));
    }

    public static string Online(OnlineLevel online) => online switch
    {
        OnlineLevel.Full => Text.Pick("Toàn trình", "Full process"),
        OnlineLevel.Partial => Text.Pick("Một phần", "Partial"),
        _ => Text.Pick("Không", "No"),
    };

    public static string TimeLimit(TimeLimitInfo limit) => limit.WorkingDays is { } days
        ? Text.Pick($"{days.ToString("0.##", CultureInfo.InvariantCulture)} ngày làm việc", $"{days.ToString("0.##", CultureInfo.InvariantCulture)} working days")
        : Text.Pick($"{limit.WorkingHours!.Value.ToString("0.##", CultureInfo.InvariantCulture)} giờ làm việc", $"{limit.WorkingHours!.Value.ToString("0.##", CultureInfo.InvariantCulture)} working hours");

    public static string Role(string role) => role switch
    {
        "receptionist" => Text.Pick("Cán bộ tiếp nhận", "Receptionist"),
        "specialist" => Text.Pick("Chuyên viên xử lý", "Specialist"),
        _ => Text.Pick("Lãnh đạo", "Leader"),
    };

    public static string Status(ProcedureStatus status) => status switch
    {
        ProcedureStatus.Active => Text.Pick("Đang hiệu lực", "In force"),
        ProcedureStatus.Replaced => Text.Pick("Đã bị thay thế", "Replaced"),
        _ => Text.Pick("Đã bãi bỏ", "Abolished"),
    };

    /// <summary>The label of a fixed value of the edit form (the value itself is what the import format takes).</summary>
    public static string Choice(string field, string value) => field switch
    {
        "level" => Level(ProcedureWords.Level(value)!.Value),
        "online" => Online(Enum.Parse<OnlineLevel>(value, ignoreCase: true)),
        _ => value == "có" ? Text.Pick("Có", "Yes") : Text.Pick("Không", "No"),
    };

    public static string ChangeKind(ProcedureChangeKind kind) => kind switch
    {
        ProcedureChangeKind.Created => Text.Pick("Công bố mới", "Published"),
        ProcedureChangeKind.Amended => Text.Pick("Sửa đổi, bổ sung", "Amended"),
        ProcedureChangeKind.Replaced => Text.Pick("Thay thế", "Replaced"),
        ProcedureChangeKind.Abolished => Text.Pick("Bãi bỏ", "Abolished"),
        _ => Text.Pick("Nhập từ tệp", "Imported"),
    };

    public static string Money(long amount) => amount == 0
        ? Text.Pick("Không thu", "Free")
        : amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")) + " đồng";
}
