using System.Globalization;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Data.Seed;

/// <summary>
/// Made-up applicants for the demo dossiers: Vietnamese names from the common family, middle and given names,
/// 12-digit citizen ID numbers shaped as Circular 59/2021/TT-BCA writes them, and mobile numbers. Each one is checked
/// with the same rules as an intake, so the demo never shows data the desk would refuse.
/// </summary>
internal static class DemoApplicants
{
    // Nguyễn, Trần and Lê alone carry about half of the population; the list repeats them to keep that weight. Điểu is
    // a common S'tiêng family name in Bình Phước.
    private static readonly string[] FamilyNames =
    [
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
        "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Điểu",
    ];

    private static readonly string[] MaleMiddleNames = ["Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Công", "Ngọc", "Xuân"];

    private static readonly string[] FemaleMiddleNames = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bích", "Hồng"];

    private static readonly string[] MaleGivenNames =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khang", "Khoa", "Long", "Minh", "Nam", "Phúc", "Quân",
        "Sơn", "Tài", "Thắng", "Thịnh", "Toàn", "Trung", "Tuấn", "Việt", "Vinh",
    ];

    private static readonly string[] FemaleGivenNames =
    [
        "Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Oanh",
        "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Xuân",
    ];

    // Viettel, Vinaphone, MobiFone, Vietnamobile prefixes in use since the 2018 renumbering.
    private static readonly string[] MobilePrefixes =
    [
        "032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "070", "076", "077", "078", "079", "081", "082",
        "083", "084", "085", "086", "088", "089", "090", "091", "093", "094", "096", "097", "098",
    ];

    // Bình Phước (070) is where most applicants of the demo province had their birth registered.
    private const string HomeProvinceCode = "070";

    private static readonly string[] ProvinceCodes = [.. IdentityProvinceCodes.All.Keys.Order(StringComparer.Ordinal)];

    /// <summary>An adult applicant living in <paramref name="locality"/>; about one in four gives an e-mail address.</summary>
    public static Applicant Next(Random random, string locality)
    {
        bool female = random.Next(2) == 0;
        string family = Pick(random, FamilyNames);
        string middle = Pick(random, female ? FemaleMiddleNames : MaleMiddleNames);
        string given = Pick(random, female ? FemaleGivenNames : MaleGivenNames);
        string fullName = $"{family} {middle} {given}";
        int birthYear = random.Next(1950, 2007);
        string idNumber = IdNumber(random, female, birthYear);
        string phone = Phone(random);
        string? email = random.Next(4) == 0 ? $"{Ascii(given)}{Ascii(family)}{birthYear % 100:D2}@example.vn" : null;
        string address = $"Tổ {random.Next(1, 25)}, {locality}";
        return new Applicant(fullName, idNumber, phone, email, address, null);
    }

    private static string IdNumber(Random random, bool female, int birthYear)
    {
        string province = random.Next(10) < 7 ? HomeProvinceCode : Pick(random, ProvinceCodes);

        // Digit 4: century and sex (0/1 born in the 1900s, 2/3 in the 2000s; even male, odd female).
        int centuryAndSex = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
        string number = string.Create(CultureInfo.InvariantCulture, $"{province}{centuryAndSex}{birthYear % 100:D2}{random.Next(0, 1_000_000):D6}");
        return IdentityNumber.IsValid(number) ? number : throw new InvalidOperationException($"Generated an invalid ID number {number}.");
    }

    private static string Phone(Random random)
    {
        string text = string.Create(CultureInfo.InvariantCulture, $"{Pick(random, MobilePrefixes)}{random.Next(0, 10_000_000):D7}");
        return PhoneNumber.TryNormalize(text, out string normalized) ? normalized : throw new InvalidOperationException($"Generated an invalid phone number {text}.");
    }

    private static string Ascii(string name) => Domain.Text.SearchText.Normalize(name).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
