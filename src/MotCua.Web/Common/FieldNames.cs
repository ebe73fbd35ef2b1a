using System.Text.RegularExpressions;

namespace MotCua.Web.Common;

/// <summary>
/// The names people know the fields by, for the error summaries of the pages (issue 18, item 10): a problem's fields
/// are keyed as the API names them (<c>applicant.fullName</c>, <c>components[2].name</c>), which an officer or a citizen
/// should not have to read. A key not listed here is left out of the summary: its message says what is wrong.
/// </summary>
public static partial class FieldNames
{
    private static readonly Dictionary<string, Text> Known = new(StringComparer.Ordinal)
    {
        ["applicant"] = new("Người nộp hồ sơ", "Applicant"),
        ["applicant.fullName"] = new("Họ và tên người nộp", "Applicant's full name"),
        ["applicant.idNumber"] = new("Số định danh cá nhân", "Personal ID number"),
        ["applicant.phone"] = new("Điện thoại", "Phone"),
        ["applicant.email"] = new("Thư điện tử", "E-mail"),
        ["fullName"] = new("Họ và tên", "Full name"),
        ["idNumber"] = new("Số định danh cá nhân", "Personal ID number"),
        ["phone"] = new("Điện thoại", "Phone"),
        ["email"] = new("Thư điện tử", "E-mail"),
        ["address"] = new("Địa chỉ", "Address"),
        ["login"] = new("Thư điện tử hoặc số điện thoại", "E-mail or phone number"),
        ["password"] = new("Mật khẩu", "Password"),
        ["newPassword"] = new("Mật khẩu mới", "New password"),
        ["procedureCode"] = new("Thủ tục", "Procedure"),
        ["unitCode"] = new("Cơ quan giải quyết", "Resolving authority"),
        ["toUnitCode"] = new("Đơn vị nhận", "Receiving unit"),
        ["channel"] = new("Kênh nộp", "Channel"),
        ["resultCopies"] = new("Số bản sao kết quả", "Copies of the result"),
        ["components"] = new("Thành phần hồ sơ", "Components"),
        ["components[]"] = new("Thành phần hồ sơ", "Component"),
        ["components[].name"] = new("Tên thành phần hồ sơ", "Component name"),
        ["components[].origin"] = new("Nguồn tệp", "File origin"),
        ["fees[]"] = new("Phí, lệ phí", "Fee"),
        ["steps"] = new("Quy trình nội bộ", "Internal process"),
        ["steps[]"] = new("Bước của quy trình", "Process step"),
        ["period"] = new("Kỳ báo cáo", "Period"),
        ["year"] = new("Năm", "Year"),
        ["from"] = new("Từ ngày", "From"),
        ["to"] = new("Đến ngày", "To"),
        ["due"] = new("Hạn", "Due"),
        ["reason"] = new("Lý do", "Reason"),
        ["note"] = new("Ghi chú", "Note"),
        ["title"] = new("Tiêu đề", "Title"),
        ["file"] = new("Tệp", "File"),
        ["amount"] = new("Số tiền", "Amount"),
    };

    /// <summary>"Tên thành phần hồ sơ (dòng 3)" for <c>components[2].name</c>; null for a key no one would recognize.</summary>
    public static string? Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var index = Index().Match(key);
        if (!Known.TryGetValue(Index().Replace(key, "[]"), out var name))
        {
            return null;
        }

        if (!index.Success)
        {
            return name.ToString();
        }

        var row = int.Parse(index.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) + 1;
        return Text.Pick($"{name.Vi} (dòng {row})", $"{name.En} (row {row})");
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();
}
