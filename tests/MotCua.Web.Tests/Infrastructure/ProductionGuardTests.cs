using System.Net;
using System.Net.Http.Json;
using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

public sealed class ProductionGuardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Only_development_starts_while_demo_accounts_open_with_the_demo_password(string environment)
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp(environment, [.. certificate.Settings(), ("Demo:Seed", "true")]);

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain($"{environment} refuses to start");
        failure.Message.ShouldContain("admin");
        failure.Message.ShouldContain("congdan@example.vn");
    }

    [Theory]
    [InlineData("Payments:Vnpay:StandIn:Enabled", "true", "VNPAY stand-in")]
    [InlineData("Notifications:Email:StandIn:Port", "2525", "SMTP stand-in server")]
    [InlineData("NationalPortal:StandIn:Port", "5087", "National portal stand-in")]
    [InlineData("Notifications:Sms:StandIn:Port", "2580", "SMS stand-in gateway")]
    public async Task Production_refuses_to_start_with_a_stand_in_of_an_outside_system(string setting, string value, string standIn)
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), (setting, value)]);

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain(standIn);
    }

    /// <summary>Issue 14, finding 3, and issue 16: without a provider nobody can create a payment, and the stand-in gateway's page and API do not exist.</summary>
    [Fact]
    public async Task Without_a_payment_provider_no_payment_can_be_made_or_simulated()
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", certificate.Settings());
        var client = app.Factory.CreateClient();

        (await client.PostAsJsonAsync("/api/v1/public/dossiers/X-250101-0001/payments", new { fees = new[] { new { index = 0, quantity = 1 } } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/vnpay-gia-lap/paymentv2/vpcpay.html", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsync("/vnpay-gia-lap/paymentv2/vpcpay.html", new FormUrlEncodedContent([new("outcome", "Paid")]), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsync("/vnpay-gia-lap/merchant_webapi/api/transaction", new StringContent("{}"), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/thanh-toan/X-250101-0001", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/payments/vnpay/ipn?vnp_TxnRef=X", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Issue 18, item 6: the receipt's QR code led to localhost whatever address the site had.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("/tra-cuu/")]
    [InlineData("motcua.example.vn")]
    [InlineData("ftp://motcua.example.vn/")]
    public async Task Production_refuses_to_start_without_an_absolute_http_public_address(string address)
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), ("Site:PublicAddress", address)]);

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("Site:PublicAddress");
        failure.Message.ShouldContain("thiếu địa chỉ công khai");
        failure.Message.ShouldContain("public address");
    }

    [Fact]
    public async Task The_public_address_under_its_former_name_still_starts_production()
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), ("Site:PublicAddress", ""), ("Documents:PublicBaseUrl", "https://motcua.example.vn/")]);

        (await app.Factory.CreateClient().GetAsync("/health", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_certificate_to_encrypt_the_data_protection_keys()
    {
        await using var app = new OneOffApp("Production");

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("DataProtection:Certificate:Path");
    }
}
