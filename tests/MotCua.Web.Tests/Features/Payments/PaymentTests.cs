using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Payments;
using MotCua.Web.Data;
using MotCua.Web.Features.Payments;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Payments;

// Issue 5: fees paid online through the default provider, the local bank simulator. The simulated bank is driven
// through its own service (as a person at its page would), its callbacks reach the product over HTTP.
public abstract class PaymentTests(MotCuaApp app) : ProviderTests(app)
{
    // Birth registration: the registration itself is free (fee 0), a copy of the extract costs 8,000 VND (fee 1).
    private static readonly object TwoCopies = new { fees = new[] { new { index = 1, quantity = 2 } } };

    [Fact]
    public async Task A_payment_through_the_simulator_is_recorded_once_on_the_dossier_as_online()
    {
        var code = await App.ReceiveBirthAsync();

        var order = await StartAsync(code);
        var paid = await BankAsync(order, BankOutcome.Paid);

        order.GetProperty("amount").GetInt64().ShouldBe(16_000);
        order.GetProperty("status").GetString().ShouldBe("pending");
        order.GetProperty("checkoutUrl").GetString().ShouldBe("/thanh-toan/gia-lap/" + Reference(order));
        paid.Status.ShouldBe(PaymentStatus.Paid);
        (await PaymentsAsync(code)).ShouldBe([(16_000L, true)]);
        var status = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/payments/{Reference(order)}", Ct);
        status.GetProperty("status").GetString().ShouldBe("paid");
        status.GetProperty("lines")[0].GetProperty("quantity").GetInt32().ShouldBe(2);
        var dossier = await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        dossier.GetProperty("payments")[0].GetProperty("amount").GetInt64().ShouldBe(16_000);
        var receipt = await PrintedTextAsync(code);
        receipt.ShouldContain("đã nộp trực tuyến 16.000 đồng");
    }

    [Fact]
    public async Task The_same_callback_sent_many_times_at_once_records_one_payment()
    {
        var code = await App.ReceiveBirthAsync();
        var order = await StartAsync(code);
        await BankAsync(order, BankOutcome.PaidCallbackLost);
        var (body, signature) = await SignedAsync(order, PaymentStatus.Paid);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => CallbackAsync(body, signature)));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        (await PaymentsAsync(code)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_forged_callback_is_refused_and_changes_nothing()
    {
        var code = await App.ReceiveBirthAsync();
        var order = await StartAsync(code);
        var (body, signature) = await SignedAsync(order, PaymentStatus.Paid);
        var (otherBody, _) = await SignedAsync(order, PaymentStatus.Failed);

        await (await CallbackAsync(body, "bịa-đặt")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await CallbackAsync(body, null)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await CallbackAsync(otherBody, signature)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await CallbackAsync(body.Replace("16000", "1", StringComparison.Ordinal), signature)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        (await StatusAsync(order)).ShouldBe("pending");
        (await PaymentsAsync(code)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failure_arriving_after_the_success_leaves_the_order_paid()
    {
        var code = await App.ReceiveBirthAsync();
        var order = await StartAsync(code);
        await BankAsync(order, BankOutcome.Paid);
        var (failed, signature) = await SignedAsync(order, PaymentStatus.Failed);

        (await CallbackAsync(failed, signature)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await StatusAsync(order)).ShouldBe("paid");
        (await PaymentsAsync(code)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_signed_report_of_another_amount_is_refused()
    {
        var order = await StartAsync(await App.ReceiveBirthAsync());
        var (body, signature) = await SignedAsync(order, PaymentStatus.Paid, amount: 1_000);

        (await (await CallbackAsync(body, signature)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["amount"]);
        (await StatusAsync(order)).ShouldBe("pending");
    }

    [Fact]
    public async Task Reconciliation_finds_a_payment_whose_callback_was_lost_and_gives_up_an_abandoned_one()
    {
        var (lostCode, abandonedCode) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        var (lost, abandoned) = (await StartAsync(lostCode), await StartAsync(abandonedCode));
        await BankAsync(lost, BankOutcome.PaidCallbackLost);
        await BankAsync(abandoned, BankOutcome.Timeout);

        App.Clock.Advance(ReconcilePayments.AskAfter);
        await ReconcileAsync();
        (await StatusAsync(lost)).ShouldBe("paid");
        (await StatusAsync(abandoned)).ShouldBe("pending");
        (await PaymentsAsync(lostCode)).Count.ShouldBe(1);

        App.Clock.Advance(ReconcilePayments.ExpireAfter);
        await ReconcileAsync();
        (await StatusAsync(abandoned)).ShouldBe("expired");
        (await PaymentsAsync(abandonedCode)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Asking_again_for_the_same_fees_gives_the_order_still_waiting()
    {
        var code = await App.ReceiveBirthAsync();

        var (first, second) = (await StartAsync(code), await StartAsync(code));

        Reference(second).ShouldBe(Reference(first));
    }

    [Theory]
    [InlineData("{}", "fees")]
    [InlineData("{\"fees\":[{\"index\":0}]}", "fees[0].index")] // the registration itself is free
    [InlineData("{\"fees\":[{\"index\":7}]}", "fees[0].index")]
    [InlineData("{\"fees\":[{\"index\":1,\"quantity\":0}]}", "fees[0].quantity")]
    [InlineData("{\"fees\":[{\"index\":1},{\"index\":1}]}", "fees[1].index")]
    public async Task A_choice_of_fees_that_cannot_be_paid_is_a_400_and_opens_nothing(string body, string field)
    {
        var code = await App.ReceiveBirthAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await App.CreateClient().PostAsync($"/api/v1/public/dossiers/{code}/payments", content, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe([field]);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var dossierId = await db.Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync(Ct);
        (await db.PaymentOrders.CountAsync(o => o.DossierId == dossierId, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task The_pay_and_simulator_pages_are_open_to_the_citizen()
    {
        var code = await App.ReceiveBirthAsync();
        var order = await StartAsync(code);
        var client = App.CreateClient();

        (await client.GetStringAsync($"/thanh-toan/{code}", Ct)).ShouldContain("Phí cấp bản sao Trích lục hộ tịch");
        (await client.GetStringAsync($"/thanh-toan/gia-lap/{Reference(order)}", Ct)).ShouldContain("16.000");
        (await client.GetAsync("/thanh-toan/gia-lap/KHONGCO", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync("/api/v1/public/dossiers/000.17.31.H10-250303-9999/payments", TwoCopies, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<JsonElement> StartAsync(string code)
    {
        var response = await App.CreateClient().PostAsJsonAsync($"/api/v1/public/dossiers/{code}/payments", TwoCopies, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static string Reference(JsonElement order) => order.GetProperty("reference").GetString()!;

    private async Task<PaymentInfo> BankAsync(JsonElement order, BankOutcome outcome)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var done = await scope.ServiceProvider.GetRequiredService<SimulateBank>().HandleAsync(Reference(order), outcome, Ct);
        done.Failed.ShouldBeFalse();
        return done.Value;
    }

    private async Task<(string Body, string Signature)> SignedAsync(JsonElement order, PaymentStatus status, long? amount = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var report = new ProviderReport(Reference(order), "SIMTEST", status, amount ?? order.GetProperty("amount").GetInt64(), App.Clock.GetUtcNow());
        return scope.ServiceProvider.GetRequiredService<PaymentSimulator>().Callback(report);
    }

    private async Task<HttpResponseMessage> CallbackAsync(string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/callback") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("X-Signature", signature);
        }

        return await App.CreateClient().SendAsync(request, Ct);
    }

    private async Task<string> StatusAsync(JsonElement order) =>
        (await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/payments/{Reference(order)}", Ct)).GetProperty("status").GetString()!;

    private async Task<List<(long Amount, bool Online)>> PaymentsAsync(string code)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var dossier = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.AsNoTracking().SingleAsync(d => d.Code == code, Ct);
        return dossier.Payments.Select(p => (p.Amount, p.Online)).ToList();
    }

    private async Task<string> PrintedTextAsync(string code) =>
        await Documents.PdfTools.WordsAsync(await (await App.SignedInAsync("tiepnhan.xa")).GetByteArrayAsync($"/api/v1/dossiers/{code}/documents/receipt", Ct));

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
