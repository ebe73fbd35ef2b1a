using MotCua.Domain.Text;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Text;

/// <summary>3GPP TS 23.038 (alphabets) and TS 23.040 §9.2.3.24.1 (concatenated SMS: the 6-octet header leaves 153 septets or 67 UCS-2 characters).</summary>
public sealed class SmsLengthTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void GSM_7_takes_160_septets_in_one_SMS_and_153_per_part(int length, int parts)
    {
        SmsLength.Of(new string('a', length)).ShouldBe(new SmsLength(false, length, parts));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    [InlineData(202, 4)]
    public void Vietnamese_with_diacritics_is_UCS_2_70_characters_in_one_SMS_and_67_per_part(int length, int parts)
    {
        SmsLength.Of(new string('ệ', length)).ShouldBe(new SmsLength(true, length, parts));
    }

    [Fact]
    public void One_character_outside_the_GSM_alphabet_makes_the_whole_text_UCS_2()
    {
        SmsLength.Of(new string('a', 69) + "ơ").ShouldBe(new SmsLength(true, 70, 1));
        SmsLength.Of(new string('a', 70) + "ơ").ShouldBe(new SmsLength(true, 71, 2));
    }

    [Theory]
    [InlineData("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà")]
    [InlineData("Ho so PL-250303-0001 da duoc tiep nhan.\r\n")]
    public void The_GSM_default_alphabet_includes_its_accented_letters_and_symbols(string text)
    {
        SmsLength.Of(text).ShouldBe(new SmsLength(false, text.Length, 1));
    }

    [Fact]
    public void An_extension_character_costs_two_septets()
    {
        SmsLength.Of("€[]{}\\^~|").ShouldBe(new SmsLength(false, 18, 1));
        SmsLength.Of(new string('a', 158) + "€").ShouldBe(new SmsLength(false, 160, 1));
        SmsLength.Of(new string('a', 159) + "€").ShouldBe(new SmsLength(false, 161, 2));
    }

    [Fact]
    public void No_part_boundary_splits_an_extension_character()
    {
        // 152 septets then €: the escape would be the 153rd septet and € the first of the next part, so € starts part 2;
        // 152 + (2 + 152) = 306 septets fit two parts of 153 only if € could be split, so a third part is needed.
        SmsLength.Of(new string('a', 152) + "€" + new string('a', 152)).ShouldBe(new SmsLength(false, 306, 3));
        SmsLength.Of(new string('a', 151) + "€" + new string('a', 153)).ShouldBe(new SmsLength(false, 306, 2));
    }

    [Fact]
    public void No_part_boundary_splits_a_surrogate_pair()
    {
        SmsLength.Of(new string('ệ', 66) + "😀" + new string('ệ', 66)).ShouldBe(new SmsLength(true, 134, 3));
        SmsLength.Of(new string('ệ', 65) + "😀" + new string('ệ', 67)).ShouldBe(new SmsLength(true, 134, 2));
    }

    [Fact]
    public void Decomposed_Vietnamese_is_counted_as_composed()
    {
        // "ệ" as e + circumflex + dot below is three UTF-16 units, but one character once composed, as it is sent.
        SmsLength.Of("Phe\u0302\u0323").ShouldBe(new SmsLength(true, 3, 1));
    }

    [Fact]
    public void A_receipt_notice_takes_two_SMS_with_diacritics_and_one_unaccented()
    {
        const string notice = "Hồ sơ PL-250303-0001 đã được tiếp nhận. Hẹn trả kết quả: 08:00 05/03/2025. Tra cứu tình trạng bằng mã hồ sơ.";

        SmsLength.Of(notice).ShouldBe(new SmsLength(true, notice.Length, 2));
        SmsLength.Of(Unaccented.Of(notice)).ShouldBe(new SmsLength(false, notice.Length, 1));
    }
}
