using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Connections;
using MotCua.Web.Data.Entities;
using MotCua.Web.Notifications;
using MotCua.Web.Notifications.Sms;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// Issue 16: SMS leaves over HTTP to a brand-name gateway in its configured shape (here the stand-in gateway, a real
/// HTTP server), counts as sent only when the gateway accepted it, keeps the gateway's id, and learns from its delivery
/// receipts whether the message arrived. Each test starts from an empty outbox: the stand-in is to see its messages only.
/// </summary>
public abstract class SmsGatewayTests(MotCuaApp app) : ProviderTests(app)
{
    private const string ReceiptsUrl = "/api/v1/notifications/sms/delivery-receipts";

    private SmsStandIn Gateway => App.Services.GetRequiredService<SmsStandIn>();

    [Fact]
    public async Task A_gateway_that_answers_500_then_200_gets_the_receipt_notice_with_its_lookup_link_once_with_the_number_in_its_form()
    {
        await EmptyOutboxAsync();
        Gateway.Fail(SmsStandInFailure.ServerError);
        var code = await App.ReceiveBirthAsync();

        await DispatchAsync();
        var failed = await SmsAsync(code);
        (failed.SentAt, failed.Attempts).ShouldBe((null, 1));
        failed.LastError.ShouldNotBeNull().ShouldContain("HTTP 500");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();
        App.Clock.Advance(TimeSpan.FromHours(1));
        await DispatchAsync();

        var row = await SmsAsync(code);
        var sms = ReceivedFor(row).ShouldHaveSingleItem();
        (row.SentAt, row.ProviderMessageId).ShouldBe((App.Clock.GetUtcNow() - TimeSpan.FromHours(1), sms.ProviderId));
        sms.Method.ShouldBe("POST");
        sms.Target.ShouldBe("/api/sms/send");
        sms.ContentType.ShouldBe("application/json; charset=utf-8");
        using var body = JsonDocument.Parse(sms.Body);
        body.RootElement.GetProperty("to").GetString().ShouldBe("84912345678");
        body.RootElement.GetProperty("brandname").GetString().ShouldBe("UBND-PLONG");
        body.RootElement.GetProperty("message").GetString().ShouldBe(row.Body);
        body.RootElement.GetProperty("message").GetString()!.ShouldStartWith($"Hồ sơ {code} đã được tiếp nhận.");
        body.RootElement.GetProperty("message").GetString()!.ShouldEndWith($"Tra cứu: {MotCuaApp.PublicAddress}tra-cuu/{code}");
        (body.RootElement.GetProperty("unicode").GetInt32(), body.RootElement.GetProperty("parts").GetInt32()).ShouldBe((1, 3));
        body.RootElement.GetProperty("requestId").GetString().ShouldBe(row.Id.ToString("N"));
    }

    [Fact]
    public async Task A_refusal_code_in_an_HTTP_200_answer_is_a_failure_retried_later()
    {
        await EmptyOutboxAsync();
        Gateway.Fail(SmsStandInFailure.Refusal);
        var id = await QueueAsync("0987654321", "Hồ sơ đã có kết quả.");

        await DispatchAsync();

        var row = await RowAsync(id);
        (row.SentAt, row.Attempts, row.RefusedAt, row.ProviderMessageId).ShouldBe((null, 1, null, null));
        row.LastError.ShouldNotBeNull().ShouldContain("refused the message (code = 99)");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();
        (await RowAsync(id)).ProviderMessageId.ShouldBe(ReceivedFor(row).ShouldHaveSingleItem().ProviderId);
    }

    [Fact]
    public async Task Delivery_receipts_mark_a_message_delivered_or_not_delivered_with_the_reason()
    {
        await EmptyOutboxAsync();
        var delivered = await QueueAsync("0912000001", "Hồ sơ đã có kết quả.");
        await DispatchAsync();
        (await Gateway.PostReceiptsAsync(Ct)).ShouldBe(1);
        var undelivered = await QueueAsync("0912000002", "Hồ sơ cần bổ sung.");
        await DispatchAsync();
        Gateway.FailDeliveries = true;
        try
        {
            (await Gateway.PostReceiptsAsync(Ct)).ShouldBe(1);
        }
        finally
        {
            Gateway.FailDeliveries = false;
        }

        var failed = await RowAsync(undelivered);
        (failed.DeliveredAt, failed.DeliveryFailedAt, failed.DeliveryError).ShouldBe((null, App.Clock.GetUtcNow(), "UNDELIV: Subscriber unreachable"));
        var sent = await (await App.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/outbox/messages?state=sent&pageSize=100", Ct);
        var items = sent.GetProperty("items").EnumerateArray().ToList();
        var shown = items.Single(i => i.GetProperty("id").GetGuid() == undelivered);
        shown.GetProperty("providerMessageId").GetString().ShouldBe(failed.ProviderMessageId);
        shown.GetProperty("deliveryError").GetString().ShouldBe("UNDELIV: Subscriber unreachable");
        var first = items.Single(i => i.GetProperty("id").GetGuid() == delivered);
        (first.GetProperty("deliveredAt").GetDateTimeOffset(), first.GetProperty("deliveryFailedAt").ValueKind).ShouldBe((App.Clock.GetUtcNow(), JsonValueKind.Null));

        // A failure reported after the delivery (receipts can arrive out of order) does not undo it.
        var late = new HttpRequestMessage(HttpMethod.Post, ReceiptsUrl) { Content = JsonContent.Create(new { messageId = first.GetProperty("providerMessageId").GetString(), status = "UNDELIV" }) };
        late.Headers.Add(SmsGatewayApps.ReceiptHeader, SmsGatewayApps.ReceiptSecret);
        (await App.CreateClient().SendAsync(late, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var kept = await RowAsync(delivered);
        (kept.DeliveredAt, kept.DeliveryFailedAt).ShouldBe((App.Clock.GetUtcNow(), null));
    }

    [Fact]
    public async Task A_receipt_without_the_secret_is_refused_and_one_for_an_unknown_message_is_not_found()
    {
        var client = App.CreateClient();
        var receipt = JsonContent.Create(new { messageId = "no-such-message", status = "DELIVRD" });

        var wrong = new HttpRequestMessage(HttpMethod.Post, ReceiptsUrl) { Content = receipt };
        wrong.Headers.Add(SmsGatewayApps.ReceiptHeader, "guessed");
        (await (await client.SendAsync(wrong, Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).Title().ShouldBe("Báo nhận không hợp lệ");
        await (await client.PostAsync(ReceiptsUrl, JsonContent.Create(new { messageId = "no-such-message", status = "DELIVRD" }), Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var unknown = new HttpRequestMessage(HttpMethod.Post, ReceiptsUrl) { Content = new FormUrlEncodedContent([new("messageId", "no-such-message"), new("status", "DELIVRD")]) };
        unknown.Headers.Add(SmsGatewayApps.ReceiptHeader, SmsGatewayApps.ReceiptSecret);
        (await (await client.SendAsync(unknown, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString()!.ShouldContain("no-such-message");

        var incomplete = new HttpRequestMessage(HttpMethod.Post, ReceiptsUrl) { Content = JsonContent.Create(new { messageId = "no-such-message" }) };
        incomplete.Headers.Add(SmsGatewayApps.ReceiptHeader, SmsGatewayApps.ReceiptSecret);
        (await (await client.SendAsync(incomplete, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("status", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_Vietnamese_text_of_three_SMS_goes_in_parts_and_one_of_four_is_refused_for_good()
    {
        await EmptyOutboxAsync();
        var three = await QueueAsync("0912000004", new string('ệ', 3 * 67));
        var four = await QueueAsync("0912000005", new string('ệ', (3 * 67) + 1));

        await DispatchAsync();
        App.Clock.Advance(TimeSpan.FromDays(1));
        await DispatchAsync();

        using (var body = JsonDocument.Parse(ReceivedFor(await RowAsync(three)).ShouldHaveSingleItem().Body))
        {
            (body.RootElement.GetProperty("unicode").GetInt32(), body.RootElement.GetProperty("parts").GetInt32()).ShouldBe((1, 3));
        }

        var refused = await RowAsync(four);
        ReceivedFor(refused).ShouldBeEmpty();
        (refused.SentAt, refused.Attempts, refused.RefusedAt).ShouldBe((null, 0, App.Clock.GetUtcNow() - TimeSpan.FromDays(1)));
        refused.LastError.ShouldBe("The text takes 4 SMS (202 UCS-2 characters); the SMS policy allows 3 (Notifications:Sms:Text).");
        var listed = await (await App.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/outbox/messages?state=failed&pageSize=100", Ct);
        var shown = listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == four);
        (shown.GetProperty("failed").GetBoolean(), shown.GetProperty("refusedAt").GetDateTimeOffset()).ShouldBe((true, refused.RefusedAt!.Value));
    }

    [Fact]
    public async Task Numbers_go_in_the_gateways_form_and_one_that_is_no_phone_number_is_refused()
    {
        await EmptyOutboxAsync();
        var spaced = await QueueAsync("+84 912.000.006", "Hồ sơ đã có kết quả.");
        var wrong = await QueueAsync("12345", "Hồ sơ đã có kết quả.");

        await DispatchAsync();

        using (var body = JsonDocument.Parse(ReceivedFor(await RowAsync(spaced)).ShouldHaveSingleItem().Body))
        {
            body.RootElement.GetProperty("to").GetString().ShouldBe("84912000006");
        }

        var refused = await RowAsync(wrong);
        (refused.RefusedAt, refused.LastError).ShouldBe((App.Clock.GetUtcNow(), "'12345' is not a Vietnamese phone number."));
    }

    [Fact]
    public async Task The_sms_connection_sends_a_test_through_the_gateway_and_hides_the_key()
    {
        var connection = App.Services.GetServices<IConnection>().Single(c => c.Key == "sms");

        var answer = await connection.SendTestAsync("0912 000 007", Ct);

        var sms = Gateway.Received[^1];
        answer.Value.Vi.ShouldBe($"Cổng SMS đã nhận tin gửi thử tới 0912000007 (mã tin {sms.ProviderId}).");
        sms.Body.ShouldContain("\"to\":\"84912000007\"");
        (connection.Mode, connection.IsOffline).ShouldBe(("http", true));
        connection.Settings.Single(s => s.Name == "Notifications:Sms:Http:AuthValue").Shown.ShouldBe(ConnectionSetting.Hidden);
        connection.Settings.ShouldNotContain(s => s.Shown.Contains(SmsGatewayApps.ApiKey) || s.Shown.Contains(SmsGatewayApps.ReceiptSecret));
        (await connection.SendTestAsync("not a number", Ct)).Error!.Status.ShouldBe(400);
    }

    private IEnumerable<ReceivedSms> ReceivedFor(OutboxMessage row) => Gateway.Received.Where(r => r.Body.Contains(row.Id.ToString("N"), StringComparison.Ordinal));

    private Task<int> EmptyOutboxAsync() => App.QueryAsync(db => db.OutboxMessages.ExecuteDeleteAsync(Ct));

    private Task<OutboxMessage> SmsAsync(string code) =>
        App.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Channel == "sms" && m.Key.StartsWith(code + "|"), Ct));

    private Task<OutboxMessage> RowAsync(Guid id) => App.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, Ct));

    private Task<Guid> QueueAsync(string phone, string body) => App.QueryAsync(async db =>
    {
        Outbox.Queue(db, $"sms-test|{Guid.NewGuid():N}", null, phone, null, body, App.Clock.GetUtcNow());
        await db.SaveChangesAsync(Ct);
        return db.OutboxMessages.Local.Single().Id;
    });

    private async Task DispatchAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct);
    }
}

[Collection(SqliteSmsGroup.Name)]
public sealed class SmsGatewayTestsOnSqlite(SqliteSmsApp app) : SmsGatewayTests(app);

[Collection(PostgresSmsGroup.Name)]
public sealed class SmsGatewayTestsOnPostgres(PostgresSmsApp app) : SmsGatewayTests(app);
