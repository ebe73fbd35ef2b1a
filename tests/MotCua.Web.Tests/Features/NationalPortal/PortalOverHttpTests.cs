using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Web.Features.NationalPortal;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.NationalPortal;

/// <summary>
/// Issue 16: statuses go to the national portal over HTTP and count for indicator 1.4 only once the portal acknowledged
/// them; here the portal is the stand-in, which each test tells how to answer.
/// </summary>
public abstract class PortalOverHttpTests(MotCuaApp app) : ProviderTests(app)
{
    /// <summary>NationalPortal:Http:Timeout of the applications of <see cref="PortalOverHttp"/>.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private NationalPortalStandIn Portal => App.Services.GetRequiredService<NationalPortalStandIn>();

    [Fact]
    public async Task A_portal_that_times_out_leaves_the_change_unacknowledged_and_uncounted_until_a_retry_after_the_back_off()
    {
        var code = await ReceivedAndDueAsync();

        await UnansweredRunAsync(StandInAnswer.Timeout);

        var waiting = await PortalStateAsync(code);
        (waiting.GetProperty("state").GetString(), waiting.GetProperty("attempts").GetInt32()).ShouldBe(("waiting", 1));
        waiting.GetProperty("lastError").GetString().ShouldBe("The national portal did not answer within 30 s.");
        waiting.GetProperty("nextAttemptAt").GetDateTimeOffset().ShouldBe(App.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        (await SynchronizedAtAsync(code)).ShouldBeNull();
        (await CountedIn14Async(code)).ShouldBeFalse();

        // Before the back-off has passed the change is not sent again, though the portal answers again.
        await SynchronizeAllAsync();
        Portal.Deliveries(code, waiting.GetProperty("version").GetInt32()).ShouldBe(0);
        (await PortalStateAsync(code)).GetProperty("state").GetString().ShouldBe("waiting");

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await SynchronizeAllAsync();

        var acknowledged = await PortalStateAsync(code);
        (acknowledged.GetProperty("state").GetString(), acknowledged.GetProperty("attempts").GetInt32()).ShouldBe(("acknowledged", 2));
        acknowledged.GetProperty("ackId").GetString().ShouldBe(Portal.Taken.Single(m => m.Code == code).AckId);
        (await SynchronizedAtAsync(code)).ShouldBe(App.Clock.GetUtcNow());
        (await CountedIn14Async(code)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_rejection_is_kept_with_the_portals_reason_is_not_counted_and_the_next_change_is_sent()
    {
        var code = await ReceivedAndDueAsync();
        Portal.Answer = StandInAnswer.Reject;
        try
        {
            await SynchronizeAllAsync();
        }
        finally
        {
            Portal.Answer = StandInAnswer.Accept;
        }

        var rejected = await PortalStateAsync(code);
        rejected.GetProperty("state").GetString().ShouldBe("rejected");
        rejected.GetProperty("rejectedReason").GetString().ShouldBe(App.Services.GetRequiredService<IOptions<NationalPortalStandInOptions>>().Value.RejectReason);
        rejected.GetProperty("ackId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await SynchronizedAtAsync(code)).ShouldBeNull();
        (await CountedIn14Async(code)).ShouldBeFalse();
        await SynchronizeAllAsync();
        Portal.Deliveries(code, rejected.GetProperty("version").GetInt32()).ShouldBe(1);

        await DossierRequests.ActAsync(await App.SignedInAsync("tiepnhan.xa"), code, "withdraw", new { reason = "Người nộp xin rút hồ sơ" });
        await SynchronizeAllAsync();

        (await PortalStateAsync(code)).GetProperty("state").GetString().ShouldBe("acknowledged");
        (await SynchronizedAtAsync(code)).ShouldBe(App.Clock.GetUtcNow());
        (await CountedIn14Async(code)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_batch_sent_again_after_its_answer_was_lost_is_taken_once_and_acknowledged_with_the_first_reference()
    {
        var code = await ReceivedAndDueAsync();

        await UnansweredRunAsync(StandInAnswer.Late);

        var taken = Portal.Taken.Single(m => m.Code == code);
        (await PortalStateAsync(code)).GetProperty("state").GetString().ShouldBe("waiting");
        (await SynchronizedAtAsync(code)).ShouldBeNull();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await SynchronizeAllAsync();

        Portal.Deliveries(code, taken.Version).ShouldBe(2);
        Portal.Taken.Count(m => m.Code == code).ShouldBe(1);
        var acknowledged = await PortalStateAsync(code);
        (acknowledged.GetProperty("state").GetString(), acknowledged.GetProperty("ackId").GetString()).ShouldBe(("acknowledged", taken.AckId));
        (await CountedIn14Async(code)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_stand_in_refuses_a_caller_without_its_token_and_answers_a_message_sent_twice_with_the_same_reference()
    {
        var url = App.Services.GetRequiredService<IOptions<NationalPortalOptions>>().Value.Endpoint.Url;
        using var anonymous = new HttpClient();
        var message = new DossierStatusMessage($"TEST-{Guid.NewGuid():N}", 3, "1.000001", "000.00.00.H10", "counter", "inProgress", App.Clock.GetUtcNow(), null, null, null);

        (await anonymous.PostAsJsonAsync(url, new PortalBatch([message]), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token-it-issued");
        (await anonymous.PostAsJsonAsync(url, new PortalBatch([message]), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        Portal.Deliveries(message.Code, 3).ShouldBe(0);

        var portal = App.Services.GetRequiredService<HttpNationalPortal>();
        var first = (await portal.SendAsync([message], Ct)).ShouldHaveSingleItem();
        var again = (await portal.SendAsync([message, message with { Version = 4 }], Ct));

        again[0].ShouldBe(first);
        again[1].AckId.ShouldNotBe(first.AckId);
        (Portal.Deliveries(message.Code, 3), Portal.Taken.Count(m => m.Code == message.Code)).ShouldBe((2, 2));
    }

    [Fact]
    public async Task A_token_the_portal_no_longer_accepts_fails_the_send_and_the_retry_asks_for_a_new_one()
    {
        var code = await ReceivedAndDueAsync();
        Portal.RevokeTokens();

        await SynchronizeAllAsync();

        var waiting = await PortalStateAsync(code);
        waiting.GetProperty("state").GetString().ShouldBe("waiting");
        waiting.GetProperty("lastError").GetString().ShouldBe("The national portal answered 401 Unauthorized.");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await SynchronizeAllAsync();
        (await PortalStateAsync(code)).GetProperty("state").GetString().ShouldBe("acknowledged");
    }

    [Fact]
    public async Task The_connection_hides_its_secrets_counts_what_waits_and_tests_with_an_empty_batch_the_portal_acknowledges()
    {
        var connection = App.Services.GetServices<MotCua.Web.Connections.IConnection>().Single(c => c.Key == "national-portal");
        (connection.Mode, connection.IsOffline).ShouldBe(("http", true));
        connection.Settings.Single(s => s.Name == "NationalPortal:Http:ClientSecret").Shown.ShouldBe(MotCua.Web.Connections.ConnectionSetting.Hidden);
        connection.Settings.Single(s => s.Name == "NationalPortal:Http:ClientId").Shown.ShouldBe("motcua-test");

        var code = await ReceivedAndDueAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            (await connection.QueueLengthAsync(scope.ServiceProvider.GetRequiredService<MotCua.Web.Data.MotCuaDbContext>(), Ct)).ShouldBe(1);
        }

        var tested = await connection.SendTestAsync(null, Ct);
        tested.Failed.ShouldBeFalse();
        tested.Value.En.ShouldContain("accepted the test batch");
        await SynchronizeAllAsync();
        (await PortalStateAsync(code)).GetProperty("state").GetString().ShouldBe("acknowledged");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCua.Web.Data.MotCuaDbContext>();
            (await connection.QueueLengthAsync(db, Ct)).ShouldBe(0);
            (await db.ConnectionHealth.FindAsync(["national-portal"], Ct)).ShouldNotBeNull().LastSuccessAt.ShouldBe(App.Clock.GetUtcNow());
        }

        Portal.Answer = StandInAnswer.Timeout;
        try
        {
            Drain();
            var test = connection.SendTestAsync(null, Ct);
            await Portal.Arrivals.WaitAsync(Ct);
            App.Clock.Advance(Timeout);
            var failed = await test;
            failed.Error.ShouldNotBeNull().Status.ShouldBe((int)HttpStatusCode.BadGateway);
        }
        finally
        {
            Portal.Answer = StandInAnswer.Accept;
        }
    }

    /// <summary>A new dossier received at the ward, after everything else due was sent: the only change the next run sends.</summary>
    private async Task<string> ReceivedAndDueAsync()
    {
        Portal.Answer = StandInAnswer.Accept;
        await SynchronizeAllAsync();
        return await App.ReceiveBirthAsync();
    }

    /// <summary>One run against a portal that takes the batch and does not answer it within the timeout.</summary>
    private async Task UnansweredRunAsync(StandInAnswer answer)
    {
        Portal.Answer = answer;
        try
        {
            Drain();
            var run = RunAsync();
            await Portal.Arrivals.WaitAsync(Ct);
            App.Clock.Advance(Timeout);
            (await run).ShouldBe(1);
        }
        finally
        {
            Portal.Answer = StandInAnswer.Accept;
        }
    }

    private void Drain()
    {
        while (Portal.Arrivals.Wait(0))
        {
        }
    }

    private async Task<int> RunAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SynchronizeDossiers>().HandleAsync(Ct);
    }

    private async Task SynchronizeAllAsync()
    {
        while (await RunAsync() > 0)
        {
        }
    }

    private async Task<JsonElement> DetailAsync(string code) =>
        await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);

    private async Task<JsonElement> PortalStateAsync(string code) => (await DetailAsync(code)).GetProperty("portal");

    private async Task<DateTimeOffset?> SynchronizedAtAsync(string code) =>
        (await DetailAsync(code)).GetProperty("synchronizedAt") is { ValueKind: JsonValueKind.String } at ? at.GetDateTimeOffset() : null;

    /// <summary>Whether indicator 1.4 counts the dossier in its numerator for the days from its receipt to today.</summary>
    private async Task<bool> CountedIn14Async(string code)
    {
        var received = (await DetailAsync(code)).GetProperty("receivedAt").GetDateTimeOffset();
        var from = DateOnly.FromDateTime(received.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = App.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync(
            $"/api/v1/indicators/service-index/1.4/dossiers?unitCode={DossierRequests.Ward}&from={from}&to={to}&part=numerator&pageSize=200", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var records = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return records.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("code").GetString() == code);
    }
}

[Collection(SqlitePortalGroup.Name)]
public sealed class PortalOverHttpTestsOnSqlite(SqlitePortalApp app) : PortalOverHttpTests(app);

[Collection(PostgresPortalGroup.Name)]
public sealed class PortalOverHttpTestsOnPostgres(PostgresPortalApp app) : PortalOverHttpTests(app);
