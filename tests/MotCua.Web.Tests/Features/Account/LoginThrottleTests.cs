using System.Net;
using System.Net.Http.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Account;

public sealed class LoginThrottleTests
{
    [Fact]
    public async Task Password_guessing_is_throttled_with_a_429_problem()
    {
        await using var app = new OneOffApp("Testing", ("Security:LoginsPerMinute", "3"));
        var client = app.Factory.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = $"doan-{i}" }, TestContext.Current.CancellationToken)).StatusCode);
        }

        answers.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
        var blocked = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = "x" }, TestContext.Current.CancellationToken);
        (await blocked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).Title().ShouldBe("Quá nhiều yêu cầu, vui lòng thử lại sau");
    }
}
