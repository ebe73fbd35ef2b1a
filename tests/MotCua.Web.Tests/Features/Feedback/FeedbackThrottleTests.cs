using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Feedback;

public sealed class FeedbackThrottleTests
{
    [Fact]
    public async Task Anonymous_submissions_are_throttled_per_address_with_a_429_problem_and_reading_is_not()
    {
        var path = Path.Combine(Path.GetTempPath(), $"motcua-feedback-throttle-{Guid.NewGuid():N}.db");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:MotCua", $"Data Source={path}");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Security:FeedbackPerMinute", "2");
        });
        try
        {
            var client = factory.CreateClient();
            var ct = TestContext.Current.CancellationToken;
            var answers = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++)
            {
                answers.Add((await client.PostAsJsonAsync("/api/v1/public/feedback", new { kind = "regulation", title = $"Lần {i}", content = "Nội dung" }, ct)).StatusCode);
            }

            answers.ShouldBe([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests]);
            var blocked = await client.PostAsJsonAsync("/api/v1/public/feedback", new { kind = "regulation", title = "x", content = "x" }, ct);
            (await blocked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).Title().ShouldBe("Quá nhiều yêu cầu, vui lòng thử lại sau");
            (await client.GetAsync("/api/v1/public/feedback", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
