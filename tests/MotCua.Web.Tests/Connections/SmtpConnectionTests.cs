using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.Notifications;
using Shouldly;

namespace MotCua.Web.Tests.Connections;

/// <summary>
/// Issue 16: a test through a real SMTP server that refuses, then accepts. On SQLite only: the database only keeps
/// the journal, which <see cref="ConnectionsTests"/> covers on both providers.
/// </summary>
public sealed class SmtpConnectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_refused_test_answers_502_and_is_noted_as_the_last_failure_then_an_accepted_one_as_the_last_success_and_the_password_never_shows()
    {
        await using var server = await LocalSmtpServer.StartAsync(refusals: 1);
        await using var app = new OneOffApp("Development",
            [.. TwoNodes.Intervals.Select(i => (i, Timeout.InfiniteTimeSpan.ToString())), ("Demo:Seed", "true"), ("Demo:Dossiers", "0"),
            ("Notifications:Email:Provider", "smtp"), ("Notifications:Email:Smtp:Host", "127.0.0.1"),
            ("Notifications:Email:Smtp:Port", server.Port.ToString(CultureInfo.InvariantCulture)), ("Notifications:Email:Smtp:Security", "None"),
            ("Notifications:Email:Smtp:Password", "mat-khau-bi-mat"), ("Notifications:Email:Smtp:From", "motcua@phuoclong.example.vn")]);
        var admin = app.Factory.CreateClient();
        var login = await admin.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = MotCuaApp.DemoPassword }, Ct);
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());

        var refused = await admin.PostAsJsonAsync("/api/v1/connections/email/test", new { recipient = "an@example.vn" }, Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        var afterRefusal = await EmailAsync(admin);
        (afterRefusal.GetProperty("lastFailureAt").ValueKind, afterRefusal.GetProperty("lastSuccessAt").ValueKind).ShouldBe((JsonValueKind.String, JsonValueKind.Null));
        afterRefusal.GetProperty("lastFailure").GetString().ShouldNotBeNull().ShouldContain("try again later");

        (await admin.PostAsJsonAsync("/api/v1/connections/email/test", new { recipient = "an@example.vn" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        server.Received.ShouldHaveSingleItem().To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("an@example.vn");
        var list = await admin.GetStringAsync("/api/v1/connections", Ct);
        list.ShouldNotContain("mat-khau-bi-mat");
        var email = await EmailAsync(admin);
        (email.GetProperty("mode").GetString(), email.GetProperty("offline").GetBoolean()).ShouldBe(("smtp", false));
        email.GetProperty("lastSuccessAt").ValueKind.ShouldBe(JsonValueKind.String);
        email.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Notifications:Email:Smtp:Password")
            .GetProperty("secret").GetBoolean().ShouldBeTrue();
    }

    private static async Task<JsonElement> EmailAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/connections", Ct)).EnumerateArray().Single(c => c.GetProperty("key").GetString() == "email");
}
