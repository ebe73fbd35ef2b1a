using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

public sealed class ProductionGuardTests
{
    [Fact]
    public async Task Production_refuses_to_start_while_demo_accounts_open_with_the_demo_password()
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), ("Demo:Seed", "true")]);

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("demo accounts");
        failure.Message.ShouldContain("admin");
        failure.Message.ShouldContain("congdan@example.vn");
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_certificate_to_encrypt_the_data_protection_keys()
    {
        await using var app = new OneOffApp("Production");

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("DataProtection:Certificate:Path");
    }
}
