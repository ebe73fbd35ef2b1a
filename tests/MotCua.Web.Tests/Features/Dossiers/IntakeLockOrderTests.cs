using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;
using Npgsql;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>
/// Issue 19: an intake takes the rows every intake of its desk shares (its agency's counter of the day, then its unit's
/// daily aggregates) only after writing everything else, so that they stay locked for the instant before its commit.
/// On PostgreSQL, whose row locks let a test see what a waiting transaction has already written.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class IntakeLockOrderTests(PostgresApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_intake_waiting_for_its_agencys_counter_has_written_its_dossier_and_history_and_not_yet_the_aggregates()
    {
        var desk = await app.SignedInAsync("tiepnhan.xa");
        var first = await CodeAsync(await desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct));
        await using var other = new NpgsqlConnection(ConnectionString());
        await other.OpenAsync(Ct);
        await using var holding = await other.BeginTransactionAsync(Ct);
        await RunAsync(other, holding, $"SELECT 1 FROM \"DossierCounters\" WHERE \"Key\" = '{CounterKey(first)}' FOR UPDATE");

        var second = desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct);
        var waiting = await WaitingIntakeAsync(other, holding);
        var written = await TablesWrittenAsync(other, holding, waiting);
        await holding.RollbackAsync(Ct);

        written.ShouldContain("Dossiers");
        written.ShouldContain("DossierEvents");
        written.ShouldContain("DossierTallies");
        written.ShouldNotContain("DailyAggregates");
        var answer = await second;
        answer.StatusCode.ShouldBe(HttpStatusCode.Created);
        Sequence(await CodeAsync(answer)).ShouldBe(Sequence(first) + 1);
    }

    /// <summary>The server process of the intake queued behind the held counter row, once it is there.</summary>
    private static async Task<int> WaitingIntakeAsync(NpgsqlConnection other, NpgsqlTransaction holding)
    {
        const string Waiting = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%DossierCounters%'";
        // The intake runs on the test host's own threads: poll for its arrival at the lock, with a bound so a broken
        // order (never waiting there) fails instead of hanging.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            // Inside a transaction the activity view is read once and kept: each look needs a fresh one.
            await RunAsync(other, holding, "SELECT pg_stat_clear_snapshot()");
            await using var command = new NpgsqlCommand(Waiting, other, holding);
            if (await command.ExecuteScalarAsync(Ct) is int pid)
            {
                return pid;
            }

            await Task.Delay(50, Ct);
        }

        throw new ShouldAssertException("No intake came to wait for the held counter row.");
    }

    private static async Task<List<string>> TablesWrittenAsync(NpgsqlConnection other, NpgsqlTransaction holding, int pid)
    {
        await using var command = new NpgsqlCommand(
            "SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = @pid AND l.mode = 'RowExclusiveLock' AND c.relkind = 'r'", other, holding);
        command.Parameters.AddWithValue("pid", pid);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private string ConnectionString()
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Database.GetConnectionString()!;
    }

    private static async Task<string> CodeAsync(HttpResponseMessage answer) =>
        (await answer.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;

    /// <summary><c>000.21.42.H10-261207-0001</c> is counted on the row <c>000.21.42.H10|261207</c>.</summary>
    private static string CounterKey(string code) => $"{code[..^12]}|{code[^11..^5]}";

    private static int Sequence(string code) => int.Parse(code[^4..], System.Globalization.CultureInfo.InvariantCulture);
}
