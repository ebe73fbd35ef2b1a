using System.Net;
using System.Net.Http.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Feedback;

public sealed class FeedbackThrottleTests
{
    [Fact]
    public async Task Anonymous_submissions_are_throttled_per_address_with_a_429_problem_and_reading_is_not()
    {
        // The demo province gives the feedback a unit to go to; two submissions a minute instead of the shared fixtures' many.
        await using var app = new OneOffApp("Development", ("Demo:Seed", "true"), ("Security:FeedbackPerMinute", "2"));
        var client = app.Factory.CreateClient();
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
}
