using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.Payments.Vnpay;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Payments;

// Issues 5 and 16: fees paid online through the VNPAY protocol, here against the stand-in VNPAY the application serves
// in Development: the citizen's browser goes through the signed payment URL, the gateway's page and the return URL;
// the gateway's IPN and the merchant's querydr travel over HTTP.
public abstract class PaymentTests(MotCuaApp app) : ProviderTests(app)
{
    private readonly PaymentSteps steps = new(app);

    [Fact]
    public async Task A_payment_completes_through_the_gateway_protocol_and_the_return_page_shows_it_paid_once()
    {
        var code = await steps.ReceiveAsync();
        var order = await steps.StartAsync(code);
        var checkout = order.GetProperty("checkoutUrl").GetString()!;
        (await steps.Browser.GetStringAsync(checkout, Ct)).ShouldContain("16.000");

        var back = await steps.PayAsync(order, StandInOutcome.Paid);

        checkout.ShouldStartWith("/vnpay-gia-lap/paymentv2/vpcpay.html?vnp_Amount=1600000&vnp_Command=pay&");
        checkout.ShouldContain("&vnp_SecureHash=");
        back.AbsolutePath.ShouldBe("/thanh-toan/vnpay/tra-ve");
        PaymentSteps.Parameters(back)["vnp_TxnRef"].ShouldBe(PaymentSteps.Reference(order));
        var result = await steps.Browser.GetAsync(back, Ct);
        result.Headers.Location!.ToString().ShouldBe("/thanh-toan/ket-qua/" + PaymentSteps.Reference(order));
        (await steps.Browser.GetStringAsync(result.Headers.Location, Ct)).ShouldContain("Đã thanh toán");
        (await steps.StatusAsync(order)).ShouldBe("paid");
        (await steps.PaymentsAsync(code)).ShouldBe([(16_000L, true)]);
        var receipt = await Documents.PdfTools.WordsAsync(await (await App.SignedInAsync("tiepnhan.xa")).GetByteArrayAsync($"/api/v1/dossiers/{code}/documents/receipt", Ct));
        receipt.ShouldContain("đã nộp trực tuyến 16.000 đồng");
    }

    [Fact]
    public async Task A_forged_or_unsigned_notification_is_answered_97_and_changes_nothing()
    {
        var code = await steps.ReceiveAsync();
        var order = await steps.StartAsync(code);
        var reference = PaymentSteps.Reference(order);
        var genuine = steps.Notice(reference, 16_000, "00", steps.Secret);

        (await steps.NotifyAsync(steps.Notice(reference, 16_000, "00", "not the merchant's secret"))).ShouldBe("97");
        (await steps.NotifyAsync(genuine.Where(p => p.Key != VnpayProtocol.SecureHash).ToDictionary())).ShouldBe("97");
        (await steps.NotifyAsync(new Dictionary<string, string>(genuine) { ["vnp_Amount"] = "100" })).ShouldBe("97");
        (await steps.Browser.GetAsync("/thanh-toan/vnpay/tra-ve?vnp_TxnRef=" + reference + "&vnp_ResponseCode=00", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await steps.StatusAsync(order)).ShouldBe("pending");
        (await steps.PaymentsAsync(code)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_signed_notification_of_another_amount_is_answered_04_and_of_an_unknown_order_01()
    {
        var order = await steps.StartAsync(await steps.ReceiveAsync());

        (await steps.NotifyAsync(steps.Notice(PaymentSteps.Reference(order), 1_000, "00", steps.Secret))).ShouldBe("04");
        (await steps.NotifyAsync(steps.Notice("KHONGCOGIAODICHNAY", 16_000, "00", steps.Secret))).ShouldBe("01");

        (await steps.StatusAsync(order)).ShouldBe("pending");
    }

    [Fact]
    public async Task A_repeated_notification_is_answered_02_and_copies_arriving_together_record_one_payment()
    {
        var code = await steps.ReceiveAsync();
        var order = await steps.StartAsync(code);
        var notice = PaymentSteps.Parameters(await steps.PayAsync(order, StandInOutcome.PaidNotificationLost));

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => steps.NotifyAsync(notice)));

        answers.Order().ShouldBe(["00", "02", "02", "02", "02", "02"]);
        (await steps.NotifyAsync(notice)).ShouldBe("02");
        (await steps.NotifyAsync(steps.Notice(PaymentSteps.Reference(order), 16_000, "02", steps.Secret))).ShouldBe("02");
        (await steps.StatusAsync(order)).ShouldBe("paid");
        (await steps.PaymentsAsync(code)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_payment_cancelled_at_the_gateway_is_failed_and_may_be_tried_again()
    {
        var code = await steps.ReceiveAsync();
        var order = await steps.StartAsync(code);

        var back = await steps.PayAsync(order, StandInOutcome.Cancelled);

        PaymentSteps.Parameters(back)["vnp_ResponseCode"].ShouldBe("24");
        (await steps.StatusAsync(order)).ShouldBe("failed");
        PaymentSteps.Reference(await steps.StartAsync(code)).ShouldNotBe(PaymentSteps.Reference(order));
        (await steps.PaymentsAsync(code)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reconciliation_by_querydr_finds_a_payment_whose_notification_was_lost_and_gives_up_an_abandoned_one()
    {
        var (lostCode, abandonedCode) = (await steps.ReceiveAsync(), await steps.ReceiveAsync());
        var (lost, abandoned) = (await steps.StartAsync(lostCode), await steps.StartAsync(abandonedCode));
        var back = await steps.PayAsync(lost, StandInOutcome.PaidNotificationLost);

        // The return alone decides nothing: the page shows the order still waiting for the gateway's word.
        var result = await steps.Browser.GetAsync(back, Ct);
        (await steps.Browser.GetStringAsync(result.Headers.Location, Ct)).ShouldContain("Đang chờ ngân hàng xác nhận");
        (await steps.StatusAsync(lost)).ShouldBe("pending");

        App.Clock.Advance(ReconcilePayments.AskAfter);
        await ReconcileAsync();
        (await steps.StatusAsync(lost)).ShouldBe("paid");
        (await steps.StatusAsync(abandoned)).ShouldBe("pending");
        (await steps.PaymentsAsync(lostCode)).Count.ShouldBe(1);

        App.Clock.Advance(ReconcilePayments.ExpireAfter);
        await ReconcileAsync();
        (await steps.StatusAsync(abandoned)).ShouldBe("expired");
        (await steps.PaymentsAsync(abandonedCode)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Asking_again_for_the_same_fees_gives_the_order_still_waiting()
    {
        var code = await steps.ReceiveAsync();

        var (first, second) = (await steps.StartAsync(code), await steps.StartAsync(code));

        PaymentSteps.Reference(second).ShouldBe(PaymentSteps.Reference(first));
    }

    [Theory]
    [InlineData("{}", "fees")]
    [InlineData("{\"fees\":[{\"index\":0}]}", "fees[0].index")] // the registration itself is free
    [InlineData("{\"fees\":[{\"index\":7}]}", "fees[0].index")]
    [InlineData("{\"fees\":[{\"index\":1,\"quantity\":0}]}", "fees[0].quantity")]
    [InlineData("{\"fees\":[{\"index\":1,\"quantity\":3}]}", "fees[0].quantity")] // two copies were asked
    [InlineData("{\"fees\":[{\"index\":1},{\"index\":1}]}", "fees[1].index")]
    public async Task A_choice_of_fees_that_cannot_be_paid_is_a_400_and_opens_nothing(string body, string field)
    {
        var code = await steps.ReceiveAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await App.CreateClient().PostAsync($"/api/v1/public/dossiers/{code}/payments", content, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe([field]);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var dossierId = await db.Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync(Ct);
        (await db.PaymentOrders.CountAsync(o => o.DossierId == dossierId, Ct)).ShouldBe(0);
    }

    /// <summary>Issue 18, item 7: the copy fee was offered, and could be paid, for a dossier that asked no copy.</summary>
    [Fact]
    public async Task A_copy_fee_is_neither_offered_nor_taken_when_no_copy_was_asked()
    {
        var code = await App.ReceiveBirthAsync();

        var page = await App.CreateClient().GetStringAsync($"/thanh-toan/{code}", Ct);
        var refused = await App.CreateClient().PostAsJsonAsync($"/api/v1/public/dossiers/{code}/payments", PaymentSteps.TwoCopies, Ct);

        page.ShouldNotContain("Phí cấp bản sao Trích lục hộ tịch");
        page.ShouldContain("không phải nộp khoản phí, lệ phí nào");
        (await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["fees[0].index"]);
    }

    [Fact]
    public async Task The_pay_page_is_open_to_the_citizen_and_the_gateway_page_refuses_a_payment_url_not_signed_by_the_merchant()
    {
        var code = await steps.ReceiveAsync();
        var checkout = (await steps.StartAsync(code)).GetProperty("checkoutUrl").GetString()!;
        var client = App.CreateClient();

        (await client.GetStringAsync($"/thanh-toan/{code}", Ct)).ShouldContain("Phí cấp bản sao Trích lục hộ tịch");
        (await client.GetAsync(checkout.Replace("vnp_Amount=1600000", "vnp_Amount=100", StringComparison.Ordinal), Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/vnpay-gia-lap/paymentv2/vpcpay.html", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/api/v1/public/dossiers/000.17.31.H10-250303-9999/payments", PaymentSteps.TwoCopies, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task ReconcileAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReconcilePayments>().HandleAsync(Ct);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class PaymentTestsOnSqlite(SqliteApp app) : PaymentTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PaymentTestsOnPostgres(PostgresApp app) : PaymentTests(app);
