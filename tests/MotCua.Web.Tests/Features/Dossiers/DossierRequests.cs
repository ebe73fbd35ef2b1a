namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>A complete birth registration handed in at the Long Thủy ward desk; tests vary one part.</summary>
public static class DossierRequests
{
    public const string BirthRegistration = "1.001193.000.00.00.H10";
    public const string Ward = "PL-LONGTHUY";

    public static Dictionary<string, object?> Birth(string channel = "counter", string idNumber = "079203001234", string phone = "0912345678") => new()
    {
        ["procedureCode"] = BirthRegistration,
        ["unitCode"] = Ward,
        ["channel"] = channel,
        ["applicant"] = new { fullName = "Nguyễn Văn An", idNumber, phone, email = "an@example.vn", address = "Phường Long Thủy, thị xã Phước Long" },
        ["components"] = new object[]
        {
            new { name = "Tờ khai đăng ký khai sinh theo mẫu", originals = 1, copies = 0, origin = "scan" },
            new { name = "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", originals = 1, copies = 0, origin = "paper" },
        },
    };
}
