using MotCua.Web.Documents.Models;

namespace MotCua.Web.Tests.Documents;

/// <summary>A birth registration received at a town's one-stop desk, as an officer would fill it in.</summary>
internal static class ReceiptSamples
{
    public const string Code = "000.00.31.H10-261124-0007";

    public static ReceiptDocument BirthRegistration() => new(
        new DocumentHeader("UBND thị xã Phước Long", "Bộ phận Một cửa", "0007/TNHS", "Phước Long", new DateOnly(2026, 11, 24)),
        Code,
        "Bộ phận Tiếp nhận và Trả kết quả thị xã Phước Long",
        new ReceiptApplicant("Nguyễn Thị Ánh Nguyệt", "Số 12, đường Lê Quý Đôn, phường Long Phước, thị xã Phước Long, tỉnh Bình Phước", "0912 345 678", "anhnguyet.nguyen@example.vn"),
        "Đăng ký khai sinh có yếu tố nước ngoài",
        [
            new ReceivedComponent("Tờ khai đăng ký khai sinh (theo mẫu)", 1, 0),
            new ReceivedComponent("Giấy chứng sinh do cơ sở y tế cấp", 1, 0),
            new ReceivedComponent("Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con", 1, 0),
            new ReceivedComponent("Hộ chiếu của người cha (người nước ngoài)", 0, 1),
        ],
        1,
        50_000m,
        0,
        "03 ngày làm việc",
        new DateTimeOffset(2026, 11, 24, 3, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 27, 10, 30, 0, MotCua.Domain.Calendar.WorkingCalendar.VietnamOffset),
        "Quầy số 3, Bộ phận Tiếp nhận và Trả kết quả thị xã Phước Long",
        "Trần Văn Bình");
}
