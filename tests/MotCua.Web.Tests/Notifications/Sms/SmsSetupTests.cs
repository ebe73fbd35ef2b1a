using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Connections;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Notifications.Sms;

/// <summary>
/// How the SMS gateway is set up per deployment: mistakes stop the start with every setting named, receipts signed
/// with an HMAC, and Development's stand-in. Applications of their own on SQLite: the database plays no part here
/// beyond the outbox row, which <see cref="SmsGatewayTests"/> covers on both providers.
/// </summary>
public sealed class SmsSetupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_http_provider_refuses_to_start_naming_each_missing_setting()
    {
        await using var app = new OneOffApp("Development", ("Demo:Seed", "false"), ("Notifications:Sms:Provider", "http"), ("Notifications:Sms:Http:Url", ""),
            ("Notifications:Sms:Http:BodyTemplate", "to={phone}"), ("Notifications:Sms:Http:AuthHeader", "X-Api-Key"), ("Notifications:Sms:Http:Timeout", "00:01:00"));

        var failure = Should.Throw<Exception>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("Notifications:Sms:Http:Url must be the gateway's absolute http(s) address");
        failure.Message.ShouldContain("Notifications:Sms:Http:BodyTemplate (or Url) must hold {text}");
        failure.Message.ShouldContain("Notifications:Sms:Http:AuthValue is empty: set it in the environment (Notifications__Sms__Http__AuthValue)");
        failure.Message.ShouldContain("Notifications:Sms:Http:Timeout must be positive and shorter than Notifications:SendTimeout");
    }

    [Fact]
    public async Task An_unknown_provider_refuses_to_start()
    {
        await using var app = new OneOffApp("Development", ("Demo:Seed", "false"), ("Notifications:Sms:Provider", "viettel"));

        Should.Throw<InvalidOperationException>(() => app.Factory.CreateClient()).Message.ShouldBe("Notifications:Sms:Provider must be log or http, not 'viettel'.");
    }

    [Fact]
    public async Task A_receipt_signed_with_the_HMAC_of_its_body_is_taken_and_a_tampered_one_refused()
    {
        const string secret = "hmac-test-secret";
        await using var app = new OneOffApp("Development", ("Demo:Seed", "false"), ("Notifications:Sms:Receipts:Authentication", "HmacSha256"),
            ("Notifications:Sms:Receipts:Header", "X-Signature"), ("Notifications:Sms:Receipts:Secret", secret),
            ("Notifications:Sms:Receipts:MessageIdField", "report.msgId"), ("Notifications:Sms:Receipts:StatusField", "report.stat"),
            ("Notifications:Sms:Receipts:DeliveredValues:0", "2"), ("Notifications:Sms:Receipts:FailedValues:0", "3"));
        var client = app.Factory.CreateClient();
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            db.OutboxMessages.Add(new OutboxMessage { Key = "hmac|sms", Channel = "sms", Recipient = "0912345678", Body = "x", SentAt = DateTimeOffset.UnixEpoch, ProviderMessageId = "P-1" });
            await db.SaveChangesAsync(Ct);
        }

        const string body = """{"report":{"msgId":"P-1","stat":"2"}}""";
        var signature = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

        var tampered = await client.SendAsync(Signed(body.Replace("\"2\"", "\"3\"", StringComparison.Ordinal), signature), Ct);
        await tampered.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var taken = await client.SendAsync(Signed(body, signature), Ct);

        (await taken.Content.ReadFromJsonAsync<Dictionary<string, string>>(Ct)).ShouldBe(new Dictionary<string, string> { ["providerMessageId"] = "P-1", ["outcome"] = "delivered" });
        await using var reading = app.Factory.Services.CreateAsyncScope();
        (await reading.ServiceProvider.GetRequiredService<MotCuaDbContext>().OutboxMessages.SingleAsync(m => m.Key == "hmac|sms", Ct)).DeliveredAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Without_a_secret_receipts_are_off()
    {
        await using var app = new OneOffApp("Development", ("Demo:Seed", "false"));

        var answer = await app.Factory.CreateClient().PostAsJsonAsync("/api/v1/notifications/sms/delivery-receipts", new { messageId = "P-1", status = "DELIVRD" }, Ct);

        (await answer.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("type").GetString().ShouldEndWith("receipts-disabled");
    }

    [Fact]
    public async Task Developments_stand_in_gateway_keeps_each_request_as_a_file_with_secrets_made_up_at_start()
    {
        var folder = SmsGatewayApps.NewFolder();
        var port = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        await using var app = new OneOffApp("Development",
            [.. TwoNodes.Intervals.Select(i => (i, Timeout.InfiniteTimeSpan.ToString())), ("Demo:Seed", "false"),
            ("Notifications:Sms:Provider", "http"), ("Notifications:Sms:Http:Url", $"http://127.0.0.1:{port}/send"),
            ("Notifications:Sms:Http:BodyTemplate", SmsGatewayApps.BodyTemplate), ("Notifications:Sms:Http:AuthHeader", "X-Api-Key"),
            ("Notifications:Sms:StandIn:Port", port), ("Notifications:Sms:StandIn:Folder", folder),
            ("Notifications:Sms:StandIn:ReceiptUrl", "http://localhost/api/v1/notifications/sms/delivery-receipts")]);
        try
        {
            var connection = app.Factory.Services.GetServices<IConnection>().Single(c => c.Key == "sms");

            (await connection.SendTestAsync("0912345678", Ct)).Failed.ShouldBeFalse();

            var kept = await File.ReadAllTextAsync(Directory.GetFiles(folder, "*.txt").ShouldHaveSingleItem(), Ct);
            kept.ShouldStartWith("POST /send\nContent-Type: application/json; charset=utf-8\n\n{\"to\":\"84912345678\"");
            connection.Settings.Where(s => s.Secret).Select(s => s.Shown).ShouldBe([ConnectionSetting.Hidden, ConnectionSetting.Hidden]);
        }
        finally
        {
            SmsGatewayApps.Remove(folder);
        }
    }

    private static HttpRequestMessage Signed(string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/sms/delivery-receipts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature", signature);
        return request;
    }
}
