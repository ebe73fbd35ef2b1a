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

    [Fact]
    public async Task Signed_in_callers_are_counted_too_each_on_his_own()
    {
        await using var app = new OneOffApp("Development", ("Demo:Seed", "true"), ("Security:FeedbackPerMinute", "2"));
        var ct = TestContext.Current.CancellationToken;
        var login = await app.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "tiepnhan", password = MotCuaApp.DemoPassword }, ct);
        var officer = app.Factory.CreateClient();
        officer.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct)).GetProperty("accessToken").GetString());
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await officer.PostAsJsonAsync("/api/v1/public/feedback", new { kind = "regulation", title = $"Tại quầy {i}", content = "Nội dung" }, ct)).StatusCode);
        }

        answers.ShouldBe([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests]);
        (await app.Factory.CreateClient().PostAsJsonAsync("/api/v1/public/feedback", new { kind = "regulation", title = "Ẩn danh", content = "Nội dung" }, ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Guessing_feedback_codes_is_throttled_on_the_API_and_the_follow_page()
    {
        await using var app = new OneOffApp("Testing", ("Security:PublicRequestsPerMinute", "3"));
        var client = app.Factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var answers = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            answers.Add((await client.GetAsync($"/api/v1/public/feedback/PA-2503-{i:D4}", ct)).StatusCode);
        }

        answers.ShouldBe([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests]);
        var pages = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            pages.Add((await client.GetAsync($"/phan-anh/PA-2503-{i:D4}", ct)).StatusCode);
        }

        pages.ShouldBe([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests]);
    }
}
