using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

public sealed class ProductionGuardTests
{
    [Fact]
    public async Task Production_refuses_to_start_while_demo_accounts_open_with_the_demo_password()
    {
        await using var app = new OneOffApp("Production", ("Demo:Seed", "true"));

        var failure = Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("demo accounts");
        failure.Message.ShouldContain("admin");
        failure.Message.ShouldContain("congdan@example.vn");
    }
}
