using MotCua.Domain.Text;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Text;

public sealed class UnaccentedTests
{
    [Theory]
    [InlineData("Hồ sơ đã có kết quả", "Ho so da co ket qua")]
    [InlineData("ĐĂNG KÝ KHAI SINH", "DANG KY KHAI SINH")]
    [InlineData("Mời Ông/Bà nhận kết quả: 08:00 05/03/2025.", "Moi Ong/Ba nhan ket qua: 08:00 05/03/2025.")]
    [InlineData("Xã Đak Ơ, huyện Bù Gia Mập", "Xa Dak O, huyen Bu Gia Map")]
    [InlineData("Phe\u0302\u0323", "Phe")]
    [InlineData("", "")]
    public void Diacritics_go_and_d_with_stroke_becomes_d_keeping_case_and_punctuation(string text, string unaccented)
    {
        Unaccented.Of(text).ShouldBe(unaccented);
    }
}
