using MotCua.Domain.Citizens.Passwords;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Citizens;

// NIST SP 800-63B §5.1.1.2: a minimum length, no composition rules, and a check against commonly used, expected or
// compromised values and context-specific words (the user name and its derivatives).
public class PasswordRuleTests
{
    private static readonly PasswordOwner Binh = new("Trần Thị Bình", "binh.tran@example.vn", "0971234567", "079301234567");

    [Theory]
    [InlineData("Mùa hè ở Phước Long")]     // a phrase, with diacritics and spaces: what NIST recommends allowing
    [InlineData("sông Bé chảy qua 3 huyện")]
    [InlineData("xe đạp lên dốc Bà Rá")]
    [InlineData("k7#Gq!2vLm")]               // ten random characters
    [InlineData("8301947265")]               // ten random digits: no word, no run, not her phone or ID number
    [InlineData("cafe sua da 7 gio sang")]   // words, no name of hers
    public void A_long_enough_password_that_is_neither_common_nor_hers_is_accepted(string password) =>
        PasswordRule.Check(password, Binh).ShouldBeNull();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("k7#Gq!2vL")]                // 9 characters: MinLength is 10
    public void A_password_too_short_or_too_long_is_refused_for_its_length(string? password) =>
        PasswordRule.Check(password, Binh).ShouldBe(PasswordProblem.Length);

    [Fact]
    public void A_password_over_128_characters_is_refused_for_its_length() =>
        PasswordRule.Check(new string('x', 60) + "k7#Gq!2vLm" + new string('y', 59), Binh).ShouldBe(PasswordProblem.Length);

    [Theory]
    [InlineData("1234567890")]               // a run (NIST: sequential characters)
    [InlineData("0987654321")]
    [InlineData("rqponmlkjih")]              // a run downwards, in no list
    [InlineData("abcdefghijk")]
    [InlineData("1111111111")]               // NIST: repetitive characters
    [InlineData("abababababab")]
    [InlineData("123123123123")]
    [InlineData("1234512345")]
    [InlineData("qwertyuiop")]               // in the breach list
    [InlineData("iloveyou12")]               // a listed word with digits after
    [InlineData("Password2024!")]
    [InlineData("P@ss1234word")]             // digits and symbols inside a listed word
    [InlineData("123456789a")]
    [InlineData("matkhau123")]               // Vietnamese: "password"
    [InlineData("Mật khẩu 2025")]            // the same with diacritics
    [InlineData("MatKhau@2025")]
    [InlineData("anhyeuem1990")]             // "I love you"
    [InlineData("Việt Nam vô địch")]
    [InlineData("88888888888")]              // lucky numbers
    [InlineData("68686868686")]
    [InlineData("nguyen123456")]             // a common family name with digits
    [InlineData("minhhoang1990")]            // common given names with a year
    [InlineData("Lan.Anh@2001")]
    public void A_common_or_easily_guessed_password_is_refused(string password) =>
        PasswordRule.Check(password, Binh).ShouldBe(PasswordProblem.Common);

    [Theory]
    [InlineData("binh.tran@example.vn")]     // her e-mail
    [InlineData("xx-binhtran-2024")]          // its local part
    [InlineData("0971234567!!")]              // her phone
    [InlineData("+84971234567")]              // the same written internationally
    [InlineData("cccd079301234567")]          // her ID number
    [InlineData("TranThiBinh99")]             // her name without diacritics
    [InlineData("Trần Thị Bình 1990")]         // with them
    [InlineData("binhtran@1999")]             // her names in another order
    [InlineData("Binh!!19901990")]            // her given name with digits
    public void A_password_made_of_the_account_s_own_data_is_refused(string password) =>
        PasswordRule.Check(password, Binh).ShouldBe(PasswordProblem.Personal);

    [Fact]
    public void Without_an_e_mail_phone_or_ID_number_only_the_name_is_checked() =>
        PasswordRule.Check("Trần Văn Chí 77", new PasswordOwner("Trần Văn Chí", null, null, null)).ShouldBe(PasswordProblem.Personal);
}
