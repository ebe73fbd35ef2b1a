using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>A real gateway configured by halves does not start: a payment that could never be confirmed is worse than none.</summary>
public sealed class VnpaySettingsTests
{
    private static readonly (string, string)[] Complete =
    [
        ("Payments:Provider", "vnpay"), ("Payments:Vnpay:TmnCode", "MOTCUA01"), ("Payments:Vnpay:HashSecret", "TESTSECRETNOTFORUSE0123456789XYZ"),
        ("Payments:Vnpay:ReturnUrl", "https://motcua.example.vn/thanh-toan/vnpay/tra-ve"), ("Security:FormActionOrigins:0", "https://pay.vnpay.vn"),
    ];

    [Theory]
    [InlineData("Payments:Vnpay:HashSecret", "", "HashSecret")]
    [InlineData("Payments:Vnpay:ReturnUrl", "ftp://motcua.example.vn/thanh-toan/vnpay/tra-ve", "absolute")]
    [InlineData("Payments:Vnpay:ApiUrl", "ftp://merchant.vnpay.vn/api", "absolute")]
    [InlineData("Security:FormActionOrigins:0", "https://pay.example.vn", "FormActionOrigins")]
    public async Task Production_refuses_to_start_with_a_vnpay_setting_missing_or_wrong(string setting, string value, string said)
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), .. Complete, (setting, value)]);

        var failure = Should.Throw<Exception>(() => app.Factory.CreateClient());

        failure.ToString().ShouldContain(said);
    }

    [Fact]
    public async Task Production_starts_with_vnpay_fully_configured()
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), .. Complete]);

        (await app.Factory.CreateClient().GetAsync("/api/v1/payments/vnpay/ipn", TestContext.Current.CancellationToken)).IsSuccessStatusCode.ShouldBeTrue();
    }
}
