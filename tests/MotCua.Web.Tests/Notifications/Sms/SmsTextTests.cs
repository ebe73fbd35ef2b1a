using MotCua.Web.Notifications;
using MotCua.Web.Notifications.Sms;
using Shouldly;

namespace MotCua.Web.Tests.Notifications.Sms;

public sealed class SmsTextTests
{
    private const string Notice = "Hồ sơ PL-250303-0001 đã được tiếp nhận. Hẹn trả kết quả: 08:00 05/03/2025. Tra cứu tình trạng bằng mã hồ sơ.";

    [Theory]
    [InlineData(SmsPhoneFormat.International, "0912345678", "84912345678")]
    [InlineData(SmsPhoneFormat.International, "+84 912.345.678", "84912345678")]
    [InlineData(SmsPhoneFormat.National, "84912345678", "0912345678")]
    [InlineData(SmsPhoneFormat.E164, "0912-345-678", "+84912345678")]
    [InlineData(SmsPhoneFormat.International, "02713 879 123", "842713879123")]
    public void Numbers_are_written_as_the_gateway_wants(SmsPhoneFormat format, string recipient, string phone)
    {
        SmsText.Of(recipient, "Xin chào", new SmsOptions { PhoneFormat = format }).Phone.ShouldBe(phone);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("an@example.vn")]
    [InlineData("+1 202 555 0100")]
    public void Something_that_is_no_Vietnamese_phone_number_is_refused_for_good(string recipient)
    {
        Should.Throw<NotificationRefusedException>(() => SmsText.Of(recipient, "Xin chào", new SmsOptions())).Message.ShouldContain(recipient);
    }

    [Fact]
    public void Unaccented_text_loses_its_diacritics_and_fits_one_GSM_7_SMS()
    {
        var sms = SmsText.Of("0912345678", Notice, new SmsOptions { Text = { Unaccented = true, LongMessages = SmsLongMessages.Refuse } });

        sms.Text.ShouldBe("Ho so PL-250303-0001 da duoc tiep nhan. Hen tra ket qua: 08:00 05/03/2025. Tra cuu tinh trang bang ma ho so.");
        (sms.Length.Unicode, sms.Length.Parts).ShouldBe((false, 1));
    }

    [Fact]
    public void With_diacritics_the_notice_is_sent_in_two_parts_when_split_and_refused_when_the_provider_takes_one()
    {
        var split = SmsText.Of("0912345678", Notice, new SmsOptions());
        (split.Text, split.Length.Unicode, split.Length.Parts).ShouldBe((Notice, true, 2));

        Should.Throw<NotificationRefusedException>(() => SmsText.Of("0912345678", Notice, new SmsOptions { Text = { LongMessages = SmsLongMessages.Refuse } }))
            .Message.ShouldBe($"The text takes 2 SMS ({Notice.Length} UCS-2 characters); the SMS policy allows 1 (Notifications:Sms:Text).");
    }

    [Fact]
    public void No_text_goes_in_more_parts_than_allowed()
    {
        var options = new SmsOptions { Text = { MaxParts = 3 } };

        SmsText.Of("0912345678", new string('a', 3 * 153), options).Length.Parts.ShouldBe(3);
        Should.Throw<NotificationRefusedException>(() => SmsText.Of("0912345678", new string('a', (3 * 153) + 1), options))
            .Message.ShouldBe("The text takes 4 SMS (460 GSM-7 septets); the SMS policy allows 3 (Notifications:Sms:Text).");
    }

    [Fact]
    public void A_decomposed_text_is_sent_composed()
    {
        SmsText.Of("0912345678", "Phe\u0302\u0323 duye\u0323\u0302t", new SmsOptions()).Text.ShouldBe("Phệ duyệt");
    }
}
