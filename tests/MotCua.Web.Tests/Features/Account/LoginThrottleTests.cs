using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Account;

public sealed class LoginThrottleTests
{
    [Fact]
    public async Task Password_guessing_is_throttled_with_a_429_problem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"motcua-throttle-{Guid.NewGuid():N}.db");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:MotCua", $"Data Source={path}");
            builder.UseSetting("Security:LoginsPerMinute", "3");
        });
        try
        {
            var client = factory.CreateClient();
            var answers = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
            {
                answers.Add((await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = $"doan-{i}" }, TestContext.Current.CancellationToken)).StatusCode);
            }

            answers.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
            var blocked = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = "x" }, TestContext.Current.CancellationToken);
            (await blocked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).Title().ShouldBe("Quá nhiều yêu cầu, vui lòng thử lại sau");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
