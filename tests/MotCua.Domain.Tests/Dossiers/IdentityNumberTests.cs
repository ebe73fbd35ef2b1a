using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

// Circular 07/2016/TT-BCA art. 7 and Phụ lục I (kept by Circular 59/2021/TT-BCA): province (3) + century/sex (1)
// + year of birth (2) + random (6). The 9-digit CMND is the older card (Decree 05/1999/NĐ-CP).
public class IdentityNumberTests
{
    [Theory]
    [InlineData("001099012345")] // 001 Hà Nội, 0 = male 20th century, born 1999
    [InlineData("079303001234")] // 079 Hồ Chí Minh, 3 = female 21st century, born 2003
    [InlineData("096185000001")] // 096 Cà Mau, the last code in Phụ lục I
    [InlineData("048200000000")] // 048 Đà Nẵng, 2 = male 21st century, born 2000
    [InlineData("011097654321")] // 011 Điện Biên: an odd code that exists
    [InlineData("001499123456")] // 4 = male 22nd century: every century digit is defined by the circular
    [InlineData("002999123456")] // 9 = female 24th century
    [InlineData("123456789")]    // 9-digit CMND
    [InlineData("012345678")]    // CMND may start with 0
    public void A_cmnd_or_a_cccd_with_a_known_province_is_valid(string number) =>
        IdentityNumber.IsValid(number).ShouldBeTrue();

    [Theory]
    [InlineData("097099012345")]  // 097: not in Phụ lục I (Cà Mau 096 is the last)
    [InlineData("000099012345")]  // 000: no province
    [InlineData("003099012345")]  // 003: gap between Hà Giang 002 and Cao Bằng 004
    [InlineData("099099012345")]
    [InlineData("100099012345")]
    [InlineData("00109901234")]   // 11 digits
    [InlineData("0010990123456")] // 13 digits
    [InlineData("0010990123")]    // 10 digits
    [InlineData("12345678")]      // 8 digits
    [InlineData("00109901234A")]  // letters
    [InlineData("B12345678")]
    [InlineData("001 099 012 345")] // spaces: callers clean input first
    [InlineData(" 001099012345")]
    [InlineData("００１０９９０１２３４５")] // full-width digits are not ASCII digits
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_personal_identification_number(string? number) =>
        IdentityNumber.IsValid(number).ShouldBeFalse();

    [Fact]
    public void The_province_list_is_the_63_codes_of_the_circular()
    {
        // Phụ lục I of Circular 07/2016/TT-BCA numbers 63 provinces, 001 Hà Nội … 096 Cà Mau.
        IdentityProvinceCodes.All.Count.ShouldBe(63);
        IdentityProvinceCodes.All["001"].ShouldBe("Hà Nội");
        IdentityProvinceCodes.All["079"].ShouldBe("Hồ Chí Minh");
        IdentityProvinceCodes.All["096"].ShouldBe("Cà Mau");
        IdentityProvinceCodes.All.ShouldNotContainKey("097");
    }

    [Fact]
    public void Every_province_code_is_three_digits_with_a_name_of_its_own()
    {
        // An entry mistyped or emptied would let a number with a wrong province pass, or refuse a real one.
        IdentityProvinceCodes.All.Keys.ShouldAllBe(code => code.Length == 3 && code.All(char.IsAsciiDigit) && code != "000");
        IdentityProvinceCodes.All.Values.ShouldAllBe(name => name.Length > 0 && name.Trim() == name);
        IdentityProvinceCodes.All.Values.Distinct().Count().ShouldBe(63);
        IdentityProvinceCodes.All.Keys.Max().ShouldBe("096");
    }

    [Theory]
    [InlineData("001099012345", "*********345")] // Decree 13/2023: last three only
    [InlineData("123456789", "******789")]
    [InlineData("1234", "*234")]
    [InlineData("123", "***")]                   // the last three would be everything
    [InlineData("", "")]
    public void A_masked_number_shows_only_its_last_three_digits(string number, string masked) =>
        IdentityNumber.Mask(number).ShouldBe(masked);
}
