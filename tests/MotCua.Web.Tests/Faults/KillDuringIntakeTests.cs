using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Npgsql;
using Shouldly;

namespace MotCua.Web.Tests.Faults;

/// <summary>
/// Issue 15's fault test: the application process is killed (SIGKILL) while sixteen desk clients send intakes with their
/// Idempotency-Keys, then started again on the same database. Every acknowledged dossier must be there with its history,
/// the codes of the day must have no gap, and every request replayed with its key must create nothing twice and never
/// answer 409 — no key is left stuck by the request that died.
/// </summary>
public abstract class KillDuringIntakeTests
{
    private const int Clients = 16;

    /// <summary>Acknowledged intakes before the kill: enough that requests are in flight at every stage when it comes.</summary>
    private const int AcknowledgedBeforeKill = 48;

    /// <summary>A bound on what the clients send if the kill never came: the test must end.</summary>
    private const int MostRequests = 400;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract string Provider { get; }

    protected abstract Task<string> NewDatabaseAsync();

    protected abstract Task DropDatabaseAsync(string connection);

    [Fact]
    public async Task Every_acknowledged_dossier_survives_and_every_retry_replays_once()
    {
        var connection = await NewDatabaseAsync();
        var files = Directory.CreateTempSubdirectory("motcua-kill-files-").FullName;
        try
        {
            var settings = Settings(connection, files);
            var sent = new ConcurrentDictionary<string, bool>();
            var acknowledged = new ConcurrentDictionary<string, string>();
            await using (var first = await AppProcess.StartAsync(settings, Ct))
            {
                var desk = await DeskAsync(first);
                using var killed = new CancellationTokenSource();
                var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var clients = Enumerable.Range(0, Clients).Select(_ => Task.Run(() => SendUntilKilledAsync(desk, sent, acknowledged, enough, killed.Token), Ct)).ToList();
                await Task.WhenAny(enough.Task, Task.WhenAll(clients)).WaitAsync(Ct);
                first.Kill();
                await killed.CancelAsync();
                await Task.WhenAll(clients);
            }

            await using var second = await AppProcess.StartAsync(settings, Ct);
            var again = await DeskAsync(second);
            foreach (var (_, code) in acknowledged)
            {
                var dossier = await again.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
                dossier.GetProperty("history").GetArrayLength().ShouldBeGreaterThan(0, code);
            }

            // The desks replay as they sent: sixteen at a time. All at once would outrun the connection pool on a busy
            // machine and rightly be answered 503, which is not what this test is about.
            using var desks = new SemaphoreSlim(Clients);
            var replays = await Task.WhenAll(sent.Keys.Select(async key =>
            {
                await desks.WaitAsync(Ct);
                try
                {
                    return await SendAsync(again, key, Ct);
                }
                finally
                {
                    desks.Release();
                }
            }));
            var stuck = replays.Count(r => r.Status == HttpStatusCode.Conflict);
            var codes = replays.Where(r => r.Status == HttpStatusCode.Created).Select(r => r.Code!).ToList();
            var total = (await again.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?pageSize=1", Ct)).GetProperty("total").GetInt32();
            var sequences = codes.Select(Sequence).Order().ToList();
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{Provider}: {sent.Count} requests, 1 kill, {acknowledged.Count} acknowledged, {total} dossiers after replaying every key, "
                + $"{acknowledged.Count(a => !codes.Contains(a.Value))} lost, {total - sent.Count} duplicated, {stuck} stuck keys");

            stuck.ShouldBe(0);
            replays.ShouldAllBe(r => r.Status == HttpStatusCode.Created);
            acknowledged.ShouldAllBe(a => replays.Single(r => r.Key == a.Key).Code == a.Value);
            total.ShouldBe(sent.Count);
            sequences.ShouldBe(Enumerable.Range(1, sent.Count));
        }
        finally
        {
            Directory.Delete(files, recursive: true);
            await DropDatabaseAsync(connection);
        }
    }

    private Dictionary<string, string> Settings(string connection, string files) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:MotCua"] = connection,
        ["Demo:Seed"] = "true",
        ["Demo:Dossiers"] = "0",
        ["Files:Root"] = files,
        ["Notifications:LogFile"] = Path.Combine(files, "notifications.log"),
        // Development's stand-in mail server and SMS gateway listen on fixed ports: the tests' applications keep e-mail and SMS in the log.
        ["Notifications:Email:Provider"] = "log",
        ["Notifications:Email:StandIn:Port"] = "",
        ["NationalPortal:Adapter"] = "file",
        ["NationalPortal:StandIn:Port"] = "",
        ["Notifications:Sms:Provider"] = "log",
        ["Notifications:Sms:StandIn:Port"] = "",
        ["NationalPortal:Folder"] = Path.Combine(files, "national-portal"),
        ["Security:LoginsPerMinute"] = "100000",
        ["Security:LoginsPerAccountPerMinute"] = "100000",
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    private static async Task<HttpClient> DeskAsync(AppProcess app)
    {
        var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromMinutes(2) };
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "tiepnhan.xa", password = MotCuaApp.DemoPassword }, Ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task SendUntilKilledAsync(
        HttpClient desk, ConcurrentDictionary<string, bool> sent, ConcurrentDictionary<string, string> acknowledged, TaskCompletionSource enough, CancellationToken killed)
    {
        while (!killed.IsCancellationRequested && sent.Count < MostRequests)
        {
            var key = Guid.NewGuid().ToString("N");
            sent[key] = true;
            try
            {
                var answer = await SendAsync(desk, key, killed);
                if (answer.Status == HttpStatusCode.Created)
                {
                    acknowledged[key] = answer.Code!;
                    if (acknowledged.Count >= AcknowledgedBeforeKill)
                    {
                        enough.TrySetResult();
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                // The process died under this request: it was sent and never acknowledged.
            }
        }
    }

    private static async Task<Answer> SendAsync(HttpClient desk, string key, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = JsonContent.Create(DossierRequests.Birth()) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await desk.SendAsync(request, ct);
        var code = response.StatusCode == HttpStatusCode.Created ? (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString() : null;
        return new Answer(key, response.StatusCode, code);
    }

    private static int Sequence(string code) => int.Parse(code[(code.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);

    private sealed record Answer(string Key, HttpStatusCode Status, string? Code);
}

public sealed class KillDuringIntakeTestsOnSqlite : KillDuringIntakeTests
{
    protected override string Provider => "Sqlite";

    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"motcua-kill-{Guid.NewGuid():N}.db")}");

    protected override Task DropDatabaseAsync(string connection) => SqliteApp.DeleteAsync(new SqliteConnectionStringBuilder(connection).DataSource);
}

public sealed class KillDuringIntakeTestsOnPostgres : KillDuringIntakeTests
{
    private static string Admin => Environment.GetEnvironmentVariable("MOTCUA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("MOTCUA_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    protected override string Provider => "Postgres";

    protected override async Task<string> NewDatabaseAsync()
    {
        var database = $"motcua_kill_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{database}\"");
        return new NpgsqlConnectionStringBuilder(Admin) { Database = database }.ConnectionString;
    }

    protected override Task DropDatabaseAsync(string connection) =>
        ExecuteAsync($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connection).Database}\" WITH (FORCE)");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
