using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

// The numbering plan since 2018 (Circular 22/2014/TT-BTTTT as amended): mobile 0 + 9 digits with 03/05/07/08/09,
// fixed lines 0 + area code 2xx + subscriber, 11 digits; +84 is Vietnam's country code (ITU-T E.164).
public class PhoneNumberTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("+84912345678", "0912345678")]      // E.164
    [InlineData("84912345678", "0912345678")]       // country code without +
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("091-234-5678", "0912345678")]
    [InlineData(" 0912345678 ", "0912345678")]
    [InlineData("0356789012", "0356789012")]        // 03x (Viettel since 2018)
    [InlineData("0521234567", "0521234567")]        // 05x
    [InlineData("0701234567", "0701234567")]        // 07x (moved from 0120… in 2018)
    [InlineData("0861234567", "0861234567")]        // 08x
    [InlineData("02438223344", "02438223344")]      // fixed line, Hà Nội 024
    [InlineData("+84 24 3822 3344", "02438223344")]
    [InlineData("842838223344", "02838223344")]     // Hồ Chí Minh 028
    [InlineData("0236.3822.111", "02363822111")]    // Đà Nẵng 0236
    public void A_vietnamese_number_is_normalized_to_its_national_form(string text, string normalized)
    {
        PhoneNumber.TryNormalize(text, out string result).ShouldBeTrue();
        result.ShouldBe(normalized);
    }

    [Theory]
    [InlineData("01234567890")]    // old 11-digit mobile prefix 012x, retired in 2018
    [InlineData("0112345678")]     // 01 is not a mobile prefix
    [InlineData("0412345678")]     // 04 neither (Hà Nội fixed lines became 024)
    [InlineData("0612345678")]
    [InlineData("091234567")]      // 9 digits
    [InlineData("09123456789")]    // 11 digits starting 09
    [InlineData("0243822334")]     // 10 digits starting 02: fixed lines have 11
    [InlineData("+840912345678")]  // a trunk 0 after the country code
    [InlineData("+1 912345678")]   // another country
    [InlineData("+0912345678")]
    [InlineData("0912/345/678")]   // only spaces, dots and hyphens separate digits
    [InlineData("09123a5678")]
    [InlineData("(091) 2345678")]
    [InlineData("+84")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_vietnamese_phone_number(string? text)
    {
        PhoneNumber.TryNormalize(text, out string result).ShouldBeFalse();
        result.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0912345678", "09******78")]      // Decree 13/2023: first two and last two digits
    [InlineData("+84 912 345 678", "09******78")] // masked after normalizing
    [InlineData("02438223344", "02*******44")]
    [InlineData("abc123", "******")]              // not a phone number: nothing shown
    public void A_masked_number_shows_only_its_first_two_and_last_two_digits(string number, string masked) =>
        PhoneNumber.Mask(number).ShouldBe(masked);
}
