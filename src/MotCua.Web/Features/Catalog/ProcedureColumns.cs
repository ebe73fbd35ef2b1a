namespace MotCua.Web.Features.Catalog;

/// <summary>
/// The columns of the spreadsheet import format (xlsx and csv share them), in order. Cells that
/// hold lists put one item per line; an item's parts are separated by " | ".
/// </summary>
public static class ProcedureColumns
{
    /// <param name="Choices">The only values the cell takes, when it has a fixed list: the edit form shows a select.</param>
    public sealed record Column(string Header, string Field, string Help, string Example, IReadOnlyList<string>? Choices = null);

    private static readonly string[] YesNo = ["không", "có"];

    public static readonly IReadOnlyList<Column> All =
    [
        new("Mã TTHC", "code", "Mã trên Cơ sở dữ liệu quốc gia về TTHC", "1.001193.000.00.00.H10"),
        new("Tên thủ tục", "name", "Tên đầy đủ", "Đăng ký khai sinh"),
        new("Lĩnh vực", "field", "Lĩnh vực", "Hộ tịch"),
        new("Cấp thực hiện", "level", "tỉnh | huyện | xã (hoặc province | district | commune)", "xã", ["province", "district", "commune"]),
        new("Mã chưa xác minh", "isDemoCode", "có / không", "không", YesNo),
        new("Kết quả", "result", "Kết quả giải quyết", "Giấy khai sinh"),
        new("Căn cứ pháp lý", "legalBasis", "Mỗi văn bản một dòng", "Luật Hộ tịch số 60/2014/QH13"),
        new("Thời hạn (ngày làm việc)", "timeLimit.workingDays", "Số ngày làm việc; để trống nếu tính theo giờ", "1"),
        new("Thời hạn (giờ làm việc)", "timeLimit.workingHours", "Số giờ làm việc; để trống nếu tính theo ngày", ""),
        new("Giờ nhận trả trong ngày", "sameDayCutoff", "HH:mm: nhận trước giờ này trả trong ngày", ""),
        new("Kênh nộp", "channels", "counter, postal, online (phân cách bằng dấu phẩy)", "counter, postal, online"),
        new("Dịch vụ công trực tuyến", "online", "none | partial | full", "full", ["none", "partial", "full"]),
        new("Phi địa giới", "locationIndependent", "có / không", "không", YesNo),
        new("TTHC nội bộ", "isInternal", "có / không", "không", YesNo),
        new("Thành phần hồ sơ", "components", "Mỗi dòng: Tên | số bản chính | số bản sao | bắt buộc (có/không) | mẫu đơn", "Tờ khai đăng ký khai sinh | 1 | 0 | có | Mẫu tờ khai"),
        new("Phí, lệ phí", "fees", "Mỗi dòng: Tên | số tiền (đồng) | ghi chú", "Lệ phí đăng ký khai sinh | 0 | Miễn lệ phí"),
        new("Quy trình nội bộ", "steps", "Mỗi dòng: Tên bước | receptionist/specialist/leader | số giờ | mã đơn vị liên thông (nếu có)", "Tiếp nhận hồ sơ | receptionist | 1"),
        new("Đơn vị thực hiện", "unitCodes", "Mã đơn vị, phân cách bằng dấu phẩy", "PL-LONGTHUY"),
        new("Số quyết định công bố", "publication.decisionNumber", "Số/ký hiệu", "123/QĐ-UBND"),
        new("Ngày quyết định", "publication.decisionDate", "yyyy-MM-dd", "2024-01-15"),
        new("Ngày hiệu lực", "publication.effectiveDate", "yyyy-MM-dd", "2024-01-15"),
        new("Đối tượng thực hiện", "subjects", "công dân, tổ chức (hoặc citizens, organizations); để trống nếu chưa xác định", "công dân"),
        new("Kết quả là văn bản, giấy tờ", "resultIsDocument", "có / không; để trống nếu chưa xác định", "có"),
        new("Chứng thực bản sao từ bản chính", "isCertifiedCopy", "có / không; để trống nếu chưa xác định", "không"),
        new("Tích hợp thanh toán trực tuyến", "onlinePaymentIntegrated", "có / không; để trống nếu chưa xác định", "có"),
        new("Đủ điều kiện trực tuyến toàn trình", "fullOnlineEligible", "có / không; để trống: theo mức đang cung cấp", "có"),
    ];

    /// <summary>The column a validation field path belongs to ("components[2].name" → Thành phần hồ sơ).</summary>
    public static int IndexOf(string fieldPath)
    {
        var exact = All.ToList().FindIndex(c => c.Field == fieldPath);
        if (exact >= 0)
        {
            return exact;
        }

        var root = fieldPath.Split('[', '.')[0];
        var byRoot = All.ToList().FindIndex(c => c.Field == root || c.Field.StartsWith(root + ".", StringComparison.Ordinal));
        return byRoot < 0 ? 0 : byRoot;
    }

    public static string Letter(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";
}
