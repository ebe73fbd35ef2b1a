using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

public sealed class ProductionGuardTests
{
    [Fact]
    public void Production_refuses_to_start_while_demo_accounts_open_with_the_demo_password()
    {
        var path = Path.Combine(Path.GetTempPath(), $"motcua-prod-{Guid.NewGuid():N}.db");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:MotCua", $"Data Source={path}");
            builder.UseSetting("Demo:Seed", "true");
        });
        try
        {
            var failure = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

            failure.Message.ShouldContain("demo accounts");
            failure.Message.ShouldContain("admin");
        failure.Message.ShouldContain("congdan@example.vn");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
