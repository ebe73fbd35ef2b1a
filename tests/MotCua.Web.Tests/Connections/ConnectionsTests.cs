using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Connections;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Connections;

/// <summary>Issue 16: the administrator sees each outside system, whether it is real, and can send a test through it.</summary>
public abstract class ConnectionsTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_administrator_sees_email_kept_in_the_log_offline_and_a_test_send_is_noted_as_its_last_success()
    {
        var admin = await App.SignedInAsync("admin");
        var recipient = $"thu-{Guid.NewGuid():N}@example.vn";

        var sent = await admin.PostAsJsonAsync("/api/v1/connections/email/test", new { recipient }, Ct);

        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("answer").GetString().ShouldNotBeNull().ShouldContain(App.NotificationLog);
        (await File.ReadAllLinesAsync(App.NotificationLog, Ct)).ShouldContain(l => l.Contains($"\temail\t{recipient}\t", StringComparison.Ordinal));
        var email = await EmailAsync(admin);
        email.GetProperty("mode").GetString().ShouldBe("log");
        email.GetProperty("offline").GetBoolean().ShouldBeTrue();
        email.GetProperty("lastSuccessAt").ValueKind.ShouldBe(JsonValueKind.String);
        email.GetProperty("queue").ValueKind.ShouldBe(JsonValueKind.Number);
        email.GetProperty("settings").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldContain("Notifications:LogFile");
    }

    [Fact]
    public async Task A_test_without_a_valid_address_is_refused_and_writes_nothing()
    {
        var admin = await App.SignedInAsync("admin");
        var recipient = $"không-phải-địa-chỉ-{Guid.NewGuid():N}";

        var refused = await admin.PostAsJsonAsync("/api/v1/connections/email/test", new { recipient }, Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("recipient", out _).ShouldBeTrue();
        // The log is shared with the outbox's dispatcher, which may write other tests' notifications meanwhile.
        (await LogAsync()).ShouldNotContain(recipient);
        (await admin.PostAsJsonAsync("/api/v1/connections/telegraph/test", new { recipient = "a@example.vn" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_an_administrator_sees_the_connections()
    {
        var leader = await App.SignedInAsync("lanhdao.tinh");

        (await leader.GetAsync("/api/v1/connections", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PostAsJsonAsync("/api/v1/connections/email/test", new { recipient = "a@example.vn" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await App.SignedInAsync("admin");
        foreach (var address in new[] { "/Connections", "/Admin/Connections" })
        {
            (await admin.GetStringAsync(address, Ct)).ShouldContain("Kết nối");
            (await leader.GetAsync(address, Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task The_first_outcomes_of_a_new_connection_noted_at_once_are_all_kept()
    {
        var journal = App.Services.GetRequiredService<ConnectionJournal>();
        var key = $"test-{Guid.NewGuid():N}";

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? journal.SucceededAsync(key, Ct) : journal.FailedAsync(key, $"lỗi {i}", Ct)));

        await using var scope = App.Services.CreateAsyncScope();
        var health = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().ConnectionHealth.AsNoTracking().SingleAsync(h => h.Key == key, Ct);
        health.LastSuccessAt.ShouldNotBeNull();
        health.LastFailureAt.ShouldNotBeNull();
        health.LastFailure.ShouldNotBeNull().ShouldStartWith("lỗi ");
    }

    /// <summary>The notification log, empty while nothing has been written to it.</summary>
    private async Task<string> LogAsync() => File.Exists(App.NotificationLog) ? await File.ReadAllTextAsync(App.NotificationLog, Ct) : "";

    private static async Task<JsonElement> EmailAsync(HttpClient admin)
    {
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/connections", Ct);
        return list.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "email");
    }
}

[Collection(SqliteGroup.Name)]
public sealed class ConnectionsTestsOnSqlite(SqliteApp app) : ConnectionsTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ConnectionsTestsOnPostgres(PostgresApp app) : ConnectionsTests(app);
