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

    [Fact]
    public async Task Production_refuses_to_start_with_the_bank_simulator()
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), ("Payments:Provider", "simulator")]);

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("bank simulator");
    }

    [Fact]
    public async Task Production_refuses_to_start_with_the_stand_in_mail_server()
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), ("Notifications:Email:StandIn:Port", "2525")]);

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("SMTP stand-in server");
    }

    /// <summary>Issue 14, finding 3: without a provider nobody can create a payment, and the simulator's page and API do not exist.</summary>
    [Fact]
    public async Task Without_a_payment_provider_no_payment_can_be_made_or_simulated()
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", certificate.Settings());
        var client = app.Factory.CreateClient();

        (await client.PostAsJsonAsync("/api/v1/public/dossiers/X-250101-0001/payments", new { fees = new[] { new { index = 0, quantity = 1 } } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/thanh-toan/gia-lap/ABC", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsync("/thanh-toan/gia-lap/ABC", new FormUrlEncodedContent([new("outcome", "Paid")]), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/thanh-toan/X-250101-0001", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsync("/api/v1/payments/callback", new StringContent("{}"), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_certificate_to_encrypt_the_data_protection_keys()
    {
        await using var app = new OneOffApp("Production");

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("DataProtection:Certificate:Path");
    }
}
