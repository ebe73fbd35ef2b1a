using System.Net;
using System.Net.Http.Json;
using MotCua.Web.Tests.Features.Citizens;
using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

// Each test has its own application with low limits, as the shared ones allow many requests from one address.
public sealed class ThrottleTests
{
    [Fact]
    public async Task Password_guessing_is_throttled_with_a_429_problem() => await WithLimitsAsync(async client =>
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = $"doan-{i}" }, TestContext.Current.CancellationToken)).StatusCode);
        }

        answers.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
        var blocked = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = "x" }, TestContext.Current.CancellationToken);
        (await blocked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).Title().ShouldBe("Quá nhiều yêu cầu, vui lòng thử lại sau");
    });

    [Fact]
    public async Task Guessing_dossier_codes_is_throttled_on_the_API_and_the_lookup_page() => await WithLimitsAsync(async client =>
    {
        var ct = TestContext.Current.CancellationToken;
        var answers = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++)
        {
            answers.Add((await client.GetAsync($"/api/v1/public/dossiers/000.17.31.H10-250303-000{i}", ct)).StatusCode);
        }

        answers.ShouldBe([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound]);
        await (await client.GetAsync("/api/v1/public/dossiers/000.17.31.H10-250303-0004", ct)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/tra-cuu/000.17.31.H10-250303-0005", ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    });

    [Fact]
    public async Task Registrations_have_a_bucket_of_their_own_and_never_use_up_the_sign_ins() => await WithLimitsAsync(async client =>
    {
        var ct = TestContext.Current.CancellationToken;
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/v1/citizens", new { fullName = "" }, ct)).StatusCode);
        }

        answers.ShouldBe([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests]);
        (await client.PostAsJsonAsync("/api/v1/citizens/login", new { login = "ai@example.vn", password = "x" }, ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = "x" }, ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    });

    [Fact]
    public async Task The_officer_sign_in_page_is_throttled_and_showing_its_form_is_not_counted()
    {
        await using var app = new OneOffApp("Testing", ("Security:LoginsPerMinute", "3"));
        var browser = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var form = new MultipartFormDataContent { { new StringContent("admin"), "userName" }, { new StringContent($"doan-{i}"), "password" } };
            answers.Add((await browser.PostFormAsync("/Account/Login", form)).StatusCode);
        }

        answers.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task Sign_ins_are_throttled_per_account_name_whichever_the_address_and_whether_or_not_it_exists()
    {
        await using var app = new OneOffApp("Development", ("Demo:Seed", "true"), ("Security:LoginsPerAccountPerMinute", "3"));
        var ct = TestContext.Current.CancellationToken;
        var client = app.Factory.CreateClient();
        foreach (var userName in new[] { "admin", "khongcoai" })
        {
            var answers = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
            {
                answers.Add((await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password = $"doan-{i}" }, ct)).StatusCode);
            }

            answers.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
        }

        var blocked = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "ADMIN ", password = "x" }, ct);
        (await blocked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("detail").GetString().ShouldBe("Có quá nhiều lần đăng nhập bằng tên này trong một phút; vui lòng thử lại sau.");
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "tiepnhan", password = "x" }, ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Asking_for_and_trying_citizens_password_reset_codes_is_throttled_on_the_API_and_the_page() => await WithLimitsAsync(async client =>
    {
        var ct = TestContext.Current.CancellationToken;
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/v1/citizens/password-reset", new { login = $"doan{i}@example.vn" }, ct)).StatusCode);
        }

        answers.Add((await client.PostAsJsonAsync("/api/v1/citizens/password-reset/confirm", new { login = "doan@example.vn", code = "123456", newPassword = "x" }, ct)).StatusCode);

        answers.ShouldBe([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.BadRequest]);
        await (await client.PostAsJsonAsync("/api/v1/citizens/password-reset/confirm", new { login = "doan@example.vn", code = "654321", newPassword = "x" }, ct))
            .ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/cong-dan/quen-mat-khau", ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    });

    private static async Task WithLimitsAsync(Func<HttpClient, Task> test)
    {
        await using var app = new OneOffApp(
            "Testing", ("Security:LoginsPerMinute", "3"), ("Security:RegistrationsPerMinute", "3"), ("Security:PublicRequestsPerMinute", "3"));
        await test(app.Factory.CreateClient());
    }
}
