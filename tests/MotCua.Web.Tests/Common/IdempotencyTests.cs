using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Common;

/// <summary>
/// Issue 15, finding 1: a retried write with its Idempotency-Key creates nothing twice and is never blocked, whatever
/// happened to the first attempt — it failed in the handler, failed while its answer was stored, lost its client halfway,
/// or is still running.
/// </summary>
public abstract class IdempotencyTests(MotCuaApp app) : ProviderTests(app)
{
    /// <summary>How long a test waits for a request to reach its fault before it fails rather than hang: a bound, not a sleep.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_write_that_failed_in_its_handler_leaves_its_key_free_for_the_retry()
    {
        var key = Guid.NewGuid().ToString("N");
        var fault = new SaveFault(e => e.Entity is Dossier d && d.Applicant.FullName == NameOf(key));
        fault.Release.SetResult(true);
        await using var intake = await IntakeAsync(key, fault);

        (await intake.SendAsync(intake.Faulted, Ct)).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await CountAsync(intake.Name)).ShouldBe(0);

        var retry = await intake.SendAsync(intake.Healthy, Ct);

        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CountAsync(intake.Name)).ShouldBe(1);
    }

    [Fact]
    public async Task A_write_whose_answer_could_not_be_stored_is_undone_whole_and_runs_once_on_retry()
    {
        var key = Guid.NewGuid().ToString("N");
        var fault = new SaveFault(e => e.Entity is IdempotencyRecord { StatusCode: > 0 } r && r.Key.EndsWith(key, StringComparison.Ordinal));
        fault.Release.SetResult(true);
        await using var intake = await IntakeAsync(key, fault);

        (await intake.SendAsync(intake.Faulted, Ct)).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await CountAsync(intake.Name)).ShouldBe(0);
        (await EventCountAsync(intake.Name)).ShouldBe(0);

        (await intake.SendAsync(intake.Healthy, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var replay = await intake.SendAsync(intake.Healthy, Ct);

        replay.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await CountAsync(intake.Name)).ShouldBe(1);
    }

    [Fact]
    public async Task A_client_that_goes_away_mid_write_leaves_all_or_nothing_and_his_retry_gets_one_dossier()
    {
        var key = Guid.NewGuid().ToString("N");
        var fault = new SaveFault(e => e.Entity is Dossier d && d.Applicant.FullName == NameOf(key));
        await using var intake = await IntakeAsync(key, fault);
        using var leaving = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var first = intake.SendAsync(intake.Faulted, leaving.Token);
        await fault.Reached.Task.WaitAsync(Patience, Ct);
        await leaving.CancelAsync();
        fault.Release.SetResult(false);
        await Should.ThrowAsync<OperationCanceledException>(first.WaitAsync(Patience, Ct));

        var retry = await intake.SendAsync(intake.Healthy, Ct);

        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CountAsync(intake.Name)).ShouldBe(1);
        (await EventCountAsync(intake.Name)).ShouldBe(1);
    }

    [Fact]
    public async Task Retries_sent_while_the_first_is_still_running_wait_for_it_and_replay_its_answer()
    {
        var key = Guid.NewGuid().ToString("N");
        var fault = new SaveFault(e => e.Entity is Dossier d && d.Applicant.FullName == NameOf(key));
        await using var intake = await IntakeAsync(key, fault);

        var first = intake.SendAsync(intake.Faulted, Ct);
        await fault.Reached.Task.WaitAsync(Patience, Ct);
        var retries = Enumerable.Range(0, 4).Select(_ => intake.SendAsync(intake.Faulted, Ct)).ToList();
        fault.Release.SetResult(false);
        var answers = await Task.WhenAll([first, .. retries]).WaitAsync(Patience, Ct);

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        var codes = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()));
        codes.Distinct().ShouldHaveSingleItem();
        (await CountAsync(intake.Name)).ShouldBe(1);
    }

    [Fact]
    public async Task Simultaneous_retries_on_two_nodes_make_one_dossier_and_every_created_answer_is_that_dossier()
    {
        var key = Guid.NewGuid().ToString("N");
        var none = new SaveFault(_ => false);
        none.Release.SetResult(false);
        await using var intake = await IntakeAsync(key, none);

        // Eight sends of one key at once, half to each node: one runs, the others wait for it and replay its answer,
        // or answer 409 (still in progress) when they cannot wait; a later retry then replays it.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => intake.SendAsync(i % 2 == 0 ? intake.Healthy : intake.Faulted, Ct))).WaitAsync(Patience, Ct);
        var replay = await intake.SendAsync(intake.Healthy, Ct);

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.Conflict);
        answers.ShouldContain(a => a.StatusCode == HttpStatusCode.Created);
        replay.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        var code = (await replay.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString();
        foreach (var created in answers.Where(a => a.StatusCode == HttpStatusCode.Created))
        {
            (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe(code);
        }

        (await CountAsync(intake.Name)).ShouldBe(1);
        (await EventCountAsync(intake.Name)).ShouldBe(1);
    }

    [Fact]
    public async Task A_full_disk_or_a_database_outage_answers_503_with_Retry_After_and_leaves_nothing()
    {
        var key = Guid.NewGuid().ToString("N");
        var fault = new SaveFault(e => e.Entity is Dossier d && d.Applicant.FullName == NameOf(key), new IOException("No space left on device", 28));
        fault.Release.SetResult(true);
        await using var intake = await IntakeAsync(key, fault);

        var refused = await intake.SendAsync(intake.Faulted, Ct);

        (await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString()!.ShouldContain("thử lại");
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(30));
        (await CountAsync(intake.Name)).ShouldBe(0);
        (await intake.SendAsync(intake.Healthy, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_write_that_lost_a_race_no_handler_expected_answers_409_and_its_retry_runs()
    {
        var key = Guid.NewGuid().ToString("N");
        var fault = new SaveFault(e => e.Entity is Dossier d && d.Applicant.FullName == NameOf(key), new DbUpdateConcurrencyException("Another writer extended the chain."));
        fault.Release.SetResult(true);
        await using var intake = await IntakeAsync(key, fault);

        await (await intake.SendAsync(intake.Faulted, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await CountAsync(intake.Name)).ShouldBe(0);
        (await intake.SendAsync(intake.Healthy, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    /// <summary>The applicant of the intake sent with <paramref name="key"/>, named after it: no other test has him.</summary>
    private static string NameOf(string key) => $"Người Thử {key}";

    /// <summary>
    /// A desk's intake sent with the Idempotency-Key <paramref name="key"/> every time, to the shared host or to a second
    /// host of the same database whose saves go through <paramref name="fault"/>.
    /// </summary>
    private async Task<Intake> IntakeAsync(string key, SaveFault fault)
    {
        var body = DossierRequests.Birth();
        body["applicant"] = new { fullName = NameOf(key), idNumber = "079203001234", phone = "0912345678" };
        var token = (await App.SignedInAsync("tiepnhan.xa")).DefaultRequestHeaders.Authorization;
        return new Intake(NameOf(key), body, key, token!, App, App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IInterceptor>(fault))));
    }

    private sealed record Intake(string Name, object Body, string Key, AuthenticationHeaderValue Token, WebApplicationFactory<Program> Healthy, WebApplicationFactory<Program> Faulted)
        : IAsyncDisposable
    {
        public async Task<HttpResponseMessage> SendAsync(WebApplicationFactory<Program> host, CancellationToken ct)
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Authorization = Token;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = JsonContent.Create(Body) };
            request.Headers.Add("Idempotency-Key", Key);
            return await client.SendAsync(request, ct);
        }

        public ValueTask DisposeAsync() => Faulted.DisposeAsync();
    }

    private Task<int> CountAsync(string name) => QueryAsync(db => db.Dossiers.CountAsync(d => d.Applicant.FullName == name, Ct));

    private Task<int> EventCountAsync(string name) =>
        QueryAsync(db => db.DossierEvents.CountAsync(e => db.Dossiers.Any(d => d.Id == e.DossierId && d.Applicant.FullName == name), Ct));

    private async Task<int> QueryAsync(Func<MotCuaDbContext, Task<int>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MotCuaDbContext>());
    }
}

[Collection(SqliteGroup.Name)]
public sealed class IdempotencyTestsOnSqlite(SqliteApp app) : IdempotencyTests(app);

[Collection(PostgresGroup.Name)]
public sealed class IdempotencyTestsOnPostgres(PostgresApp app) : IdempotencyTests(app);
