using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Connections;
using MotCua.Web.Data;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.Payments.Vnpay;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Payments;

// Issue 16: refunds go through VNPAY's refund API and are recorded only once the gateway acknowledged them; the
// connection's test asks querydr about a made-up reference.
public abstract class RefundTests(MotCuaApp app) : ProviderTests(app)
{
    private readonly PaymentSteps steps = new(app);

    [Fact]
    public async Task A_refund_acknowledged_by_the_gateway_is_recorded_in_parts_up_to_the_amount_paid()
    {
        var reference = await PaidAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");

        var part = await RefundAsync(desk, reference, new { amount = 6_000, reason = "Thu thừa một bản sao" });
        var rest = await RefundAsync(desk, reference, new { reason = "Công dân rút hồ sơ" });
        var more = await desk.PostAsJsonAsync($"/api/v1/payments/{reference}/refund", new { reason = "Lần nữa" }, Ct);

        part.GetProperty("amount").GetInt64().ShouldBe(6_000);
        part.GetProperty("by").GetString().ShouldBe("tiepnhan.xa");
        rest.GetProperty("amount").GetInt64().ShouldBe(10_000);
        rest.GetProperty("refundedInAll").GetInt64().ShouldBe(16_000);
        await more.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await GatewayRefundedAsync(reference)).ShouldBe(16_000);
        (await RecordedAsync(reference)).ShouldBe([6_000L, 10_000L]);
        (await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/payments/{reference}", Ct)).GetProperty("refunded").GetInt64().ShouldBe(16_000);
        (await steps.Browser.GetStringAsync($"/thanh-toan/ket-qua/{reference}", Ct)).ShouldContain("Đã hoàn tiền");
    }

    [Fact]
    public async Task A_refund_the_gateway_does_not_acknowledge_is_a_502_and_records_nothing()
    {
        var reference = await PaidAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // The gateway no longer knows the transaction: it answers 91, signed.
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            await db.VnpayStandInTransactions.Where(t => t.Reference == reference).ExecuteDeleteAsync(Ct);
        }

        var answer = await (await App.SignedInAsync("tiepnhan.xa")).PostAsJsonAsync($"/api/v1/payments/{reference}/refund", new { reason = "Thu nhầm" }, Ct);

        await answer.ShouldBeProblemAsync(HttpStatusCode.BadGateway);
        (await RecordedAsync(reference)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_refund_needs_a_reason_a_paid_order_and_an_officer_of_the_dossiers_unit()
    {
        var reference = await PaidAsync();
        var waiting = PaymentSteps.Reference(await steps.StartAsync(await steps.ReceiveAsync()));
        var desk = await App.SignedInAsync("tiepnhan.xa");

        (await (await desk.PostAsJsonAsync($"/api/v1/payments/{reference}/refund", new { reason = " " }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["reason"]);
        (await (await desk.PostAsJsonAsync($"/api/v1/payments/{reference}/refund", new { amount = 20_000, reason = "Quá" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["amount"]);
        await (await desk.PostAsJsonAsync($"/api/v1/payments/{waiting}/refund", new { reason = "Chưa trả" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await (await App.SignedInAsync("lanhdao.bgm")).PostAsJsonAsync($"/api/v1/payments/{reference}/refund", new { reason = "Đơn vị khác" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await (await App.SignedInAsync("chuyenvien.xa")).PostAsJsonAsync($"/api/v1/payments/{reference}/refund", new { reason = "Chuyên viên" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await RecordedAsync(reference)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_connections_test_is_acknowledged_by_a_querydr_answer_with_a_valid_checksum()
    {
        var connection = App.Services.GetServices<IConnection>().Single(c => c.Key == PaymentConnection.Channel);

        var test = await connection.SendTestAsync(null, Ct);

        test.Failed.ShouldBeFalse();
        test.Value.Vi.ShouldContain("mã 91");
        connection.Mode.ShouldBe("vnpay");
        connection.IsOffline.ShouldBeTrue();
        connection.Settings.Single(s => s.Name == "Payments:Vnpay:HashSecret").Shown.ShouldBe(ConnectionSetting.Hidden);
    }

    [Fact]
    public async Task The_stand_in_gateway_refuses_an_api_request_without_the_merchants_checksum_with_a_signed_97()
    {
        var request = new VnpayApiRequest
        {
            RequestId = "R1", Command = VnpayApiRequest.Query, TmnCode = "MOTCUA01", TxnRef = await PaidAsync(), OrderInfo = "Truy van",
            TransactionDate = "20250303100000", CreateDate = "20250303100000", IpAddr = "127.0.0.1",
        };

        var answer = await (await App.CreateClient().PostAsJsonAsync("/vnpay-gia-lap/merchant_webapi/api/transaction", request.SignedWith("not the secret"), Ct))
            .Content.ReadFromJsonAsync<VnpayApiAnswer>(Ct);

        answer!.ResponseCode.ShouldBe("97");
        answer.IsSignedWith(steps.Secret).ShouldBeTrue();
        answer.TransactionStatus.ShouldBeNull();
    }

    private async Task<string> PaidAsync()
    {
        var order = await steps.StartAsync(await steps.ReceiveAsync());
        await steps.PayAsync(order, StandInOutcome.Paid);
        (await steps.StatusAsync(order)).ShouldBe("paid");
        return PaymentSteps.Reference(order);
    }

    private static async Task<JsonElement> RefundAsync(HttpClient officer, string reference, object request)
    {
        var answer = await officer.PostAsJsonAsync($"/api/v1/payments/{reference}/refund", request, Ct);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync(Ct));
        return await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private Task<long> GatewayRefundedAsync(string reference) =>
        App.QueryAsync(db => db.VnpayStandInTransactions.Where(t => t.Reference == reference).Select(t => t.Refunded).SingleAsync(Ct));

    private Task<List<long>> RecordedAsync(string reference) =>
        App.QueryAsync(db => db.PaymentRefunds.Where(r => db.PaymentOrders.Any(o => o.Id == r.PaymentOrderId && o.Reference == reference))
            .OrderBy(r => r.Amount).Select(r => r.Amount).ToListAsync(Ct));
}

[Collection(SqliteGroup.Name)]
public sealed class RefundTestsOnSqlite(SqliteApp app) : RefundTests(app);

[Collection(PostgresGroup.Name)]
public sealed class RefundTestsOnPostgres(PostgresApp app) : RefundTests(app);
