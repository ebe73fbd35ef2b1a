using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Notifications;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// Issue 15, findings 2 and 3: a hung send held a node's whole outbox and, once its lease lapsed, the message went out
/// twice; a message that used up its attempts was dropped with a log line. Two nodes dispatch from one database here.
/// </summary>
public abstract class OutboxFaultTests(TwoNodes nodes)
{
    /// <summary>A guard against a test that would otherwise wait for ever; no test waits for time to pass.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_hung_send_holds_neither_the_other_messages_nor_leads_to_a_second_send()
    {
        await ClearAsync();
        var hung = await QueueAsync("zalo", TimeSpan.FromSeconds(-1));
        var others = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            others.Add(await QueueAsync("sms", TimeSpan.Zero));
        }

        var first = DispatchAsync(nodes.Nodes[0]);
        await nodes.Channels.HangBegun.Task.WaitAsync(Guard, Ct);
        await nodes.Channels.DeliveredAsync(others.Count).WaitAsync(Guard, Ct);
        var second = await DispatchAsync(nodes.Nodes[1]);
        nodes.Clock.Advance(TwoNodes.SendTimeout);
        var firstSent = await first.WaitAsync(Guard, Ct);

        // The failed attempt is retried after a minute, by whichever node comes first.
        nodes.Clock.Advance(TimeSpan.FromMinutes(3));
        var retried = await Task.WhenAll(nodes.Nodes.Select(DispatchAsync));

        (firstSent, second, retried.Sum()).ShouldBe((others.Count, 0, 1));
        nodes.Channels.Delivered.Order().ShouldBe(others.Append(hung).Order());
        var row = await ReadAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == hung, Ct));
        (row.Attempts, row.SentAt is not null, row.LeaseToken).ShouldBe((1, true, (Guid?)null));
        row.LastError.ShouldNotBeNull().ShouldContain("No answer from the zalo channel");
    }

    [Fact]
    public async Task A_message_that_failed_every_attempt_shows_on_the_list_and_in_health_and_is_sent_once_when_resent()
    {
        await ClearAsync();
        nodes.Channels.EmailFails = true;
        var failed = await QueueAsync("email", TimeSpan.Zero);
        await DispatchAsync(nodes.Nodes[0]);
        nodes.Clock.Advance(TimeSpan.FromMinutes(2));
        await DispatchAsync(nodes.Nodes[1]);
        nodes.Clock.Advance(TimeSpan.FromMinutes(10));
        (await Task.WhenAll(nodes.Nodes.Select(DispatchAsync))).Sum().ShouldBe(0);

        var health = await nodes.Nodes[0].CreateClient().GetFromJsonAsync<JsonElement>("/health", Ct);
        var admin = await AdministratorAsync(nodes.Nodes[1]);
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/outbox/messages?state=failed", Ct)).GetProperty("items").EnumerateArray().ToList();
        var alerts = await Task.WhenAll(nodes.Nodes.Concat(nodes.Nodes).Select(AlertAsync));
        nodes.Channels.EmailFails = false;
        var resend = await admin.PostAsync($"/api/v1/outbox/messages/{failed}/resend", null, Ct);
        await DispatchAsync(nodes.Nodes[0]);
        var again = await admin.PostAsync($"/api/v1/outbox/messages/{failed}/resend", null, Ct);

        health.GetProperty("status").GetString().ShouldBe("Degraded");
        health.GetProperty("checks").GetProperty("outbox").GetProperty("data").GetProperty("failed").GetInt32().ShouldBe(1);
        listed.Select(m => (m.GetProperty("id").GetGuid(), m.GetProperty("attempts").GetInt32(), m.GetProperty("lastError").GetString())).ShouldBe([(failed, TwoNodes.MaxAttempts, "Mail server refused the connection.")]);
        alerts.Count(a => a).ShouldBe(1);
        (resend.StatusCode, again.StatusCode).ShouldBe((HttpStatusCode.OK, HttpStatusCode.Conflict));
        nodes.Channels.Delivered.Count(id => id == failed).ShouldBe(1);
        (await nodes.Nodes[0].CreateClient().GetFromJsonAsync<JsonElement>("/health", Ct)).GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task A_backlog_of_more_than_a_batch_goes_out_in_one_run()
    {
        await ClearAsync();
        var queued = new List<Guid>();
        for (var i = 0; i < 250; i++)
        {
            queued.Add(await QueueAsync("sms", TimeSpan.FromMilliseconds(-i)));
        }

        var sent = await DispatchAsync(nodes.Nodes[0]);

        sent.ShouldBe(queued.Count);
        nodes.Channels.Delivered.Order().ShouldBe(queued.Order());
        (await ReadAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null, Ct))).ShouldBe(0);
    }

    private async Task ClearAsync()
    {
        nodes.Channels.Reset();
        await ReadAsync(db => db.OutboxMessages.ExecuteDeleteAsync(Ct));
    }

    /// <summary>A message queued now (give or take <paramref name="shift"/>, which orders them) on the channel.</summary>
    private Task<Guid> QueueAsync(string channel, TimeSpan shift) => ReadAsync(async db =>
    {
        var at = nodes.Clock.GetUtcNow() + shift;
        var message = new OutboxMessage { Key = $"test|{Guid.NewGuid():N}", Channel = channel, Recipient = "0912345678", Body = "Thử", CreatedAt = at, NextAttemptAt = at };
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync(Ct);
        return message.Id;
    });

    private async Task<T> ReadAsync<T>(Func<MotCuaDbContext, Task<T>> read)
    {
        await using var scope = nodes.Nodes[0].Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MotCuaDbContext>());
    }

    private static async Task<int> DispatchAsync(WebApplicationFactory<Program> node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct);
    }

    private static async Task<bool> AlertAsync(WebApplicationFactory<Program> node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxAlert>().RunAsync(Ct);
    }

    private static async Task<HttpClient> AdministratorAsync(WebApplicationFactory<Program> node)
    {
        var client = node.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = MotCuaApp.DemoPassword }, Ct);
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        return client;
    }
}

[Collection(SqliteTwoNodesGroup.Name)]
public sealed class OutboxFaultTestsOnSqlite(SqliteTwoNodes nodes) : OutboxFaultTests(nodes);

[Collection(PostgresTwoNodesGroup.Name)]
public sealed class OutboxFaultTestsOnPostgres(PostgresTwoNodes nodes) : OutboxFaultTests(nodes);
