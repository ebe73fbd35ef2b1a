using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

// Seed 000, Phụ lục I, Mẫu 2–4: congratulations on a marriage and on a birth registration, condolences on a death
// registration, matched on the national code of the procedure (catalog codes of Bình Phước, suffix H10).
public class CourtesyLettersTests
{
    [Theory]
    [InlineData("1.000894.000.00.00.H10", CourtesyLetter.MarriageCongratulation)] // đăng ký kết hôn
    [InlineData("1.000593.000.00.00.H10", CourtesyLetter.MarriageCongratulation)] // kết hôn lưu động
    [InlineData("2.000806.000.00.00.H10", CourtesyLetter.MarriageCongratulation)] // kết hôn có yếu tố nước ngoài
    [InlineData("1.000894.000.00.00.H49", CourtesyLetter.MarriageCongratulation)] // the same procedure in another province
    [InlineData("1.000894", CourtesyLetter.MarriageCongratulation)]               // the bare national code
    [InlineData("1.001193.000.00.00.H10", CourtesyLetter.BirthCongratulation)]    // đăng ký khai sinh
    [InlineData("1.000689.000.00.00.H10", CourtesyLetter.BirthCongratulation)]    // khai sinh kết hợp nhận cha, mẹ, con
    [InlineData("9.000101.000.00.00.H10", CourtesyLetter.BirthCongratulation)]    // liên thông khai sinh, thường trú, BHYT
    [InlineData("2.000528.000.00.00.H10", CourtesyLetter.BirthCongratulation)]    // khai sinh có yếu tố nước ngoài
    [InlineData("1.000656.000.00.00.H10", CourtesyLetter.Condolence)]             // đăng ký khai tử
    [InlineData("1.000419.000.00.00.H10", CourtesyLetter.Condolence)]             // khai tử lưu động
    public void A_civil_status_registration_sends_its_letter(string procedureCode, CourtesyLetter letter)
    {
        CourtesyLetters.For(procedureCode).ShouldBe(letter);
    }

    [Theory]
    [InlineData("1.004884.000.00.00.H10")] // đăng ký lại khai sinh: an old birth, not a new family member
    [InlineData("1.005461.000.00.00.H10")] // đăng ký lại khai tử
    [InlineData("2.000635.000.00.00.H10")] // bản sao trích lục hộ tịch
    [InlineData("")]
    public void Other_procedures_send_none(string procedureCode)
    {
        CourtesyLetters.For(procedureCode).ShouldBeNull();
    }
}
