using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;
using MotCua.Web.Features.Payments.Vnpay;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>
/// A citizen paying through the stand-in VNPAY as a browser does (the signed payment URL, the gateway's page, back to
/// the return URL), and notifications made up as VNPAY would send them, signed with the merchant's secret or not.
/// </summary>
public sealed class PaymentSteps(MotCuaApp app)
{
    // Birth registration: the registration itself is free (fee 0), a copy of the extract costs 8,000 VND (fee 1).
    public static readonly object TwoCopies = new { fees = new[] { new { index = 1, quantity = 2 } } };

    /// <summary>A birth registration received at the desk with two copies of the extract asked: 16,000 VND owed.</summary>
    public Task<string> ReceiveAsync()
    {
        var request = DossierRequests.Birth();
        request["resultCopies"] = 2;
        return app.ReceiveAsync(request);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Browser { get; } = CitizenPages.Browser(app);

    private VnpayOptions Merchant => app.Services.GetRequiredService<IOptions<VnpayOptions>>().Value;

    public string Secret => Merchant.HashSecret;

    public async Task<JsonElement> StartAsync(string code)
    {
        var response = await app.CreateClient().PostAsJsonAsync($"/api/v1/public/dossiers/{code}/payments", TwoCopies, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static string Reference(JsonElement order) => order.GetProperty("reference").GetString()!;

    /// <summary>Decides the order at the stand-in's page; gives where the gateway sends the browser back (the signed return URL).</summary>
    public async Task<Uri> PayAsync(JsonElement order, StandInOutcome outcome)
    {
        var answer = await Browser.PostFormAsync(order.GetProperty("checkoutUrl").GetString()!, new MultipartFormDataContent { { new StringContent(outcome.ToString()), "outcome" } });
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync(Ct));
        return answer.Headers.Location!;
    }

    /// <summary>The result's parameters as VNPAY signs them (return URL and IPN carry the same).</summary>
    public static Dictionary<string, string> Parameters(Uri url) =>
        QueryHelpers.ParseQuery(url.Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    /// <summary>A notification of <paramref name="reference"/> as VNPAY would make it, signed with <paramref name="secret"/>.</summary>
    public Dictionary<string, string> Notice(string reference, long amount, string responseCode, string secret)
    {
        var parameters = new Dictionary<string, string>
        {
            ["vnp_Amount"] = VnpayProtocol.Amount(amount), ["vnp_BankCode"] = "NCB", ["vnp_OrderInfo"] = "Thanh toan", ["vnp_PayDate"] = "20250303100000",
            ["vnp_ResponseCode"] = responseCode, ["vnp_TmnCode"] = Merchant.TmnCode, ["vnp_TransactionNo"] = "14000001", ["vnp_TransactionStatus"] = responseCode,
            ["vnp_TxnRef"] = reference,
        };
        return Parameters(new Uri("http://vnpay/?" + VnpayProtocol.SignedQuery(parameters, secret)));
    }

    /// <summary>Sends a notification to the IPN URL as VNPAY does (a GET); gives the merchant's RspCode.</summary>
    public async Task<string> NotifyAsync(IReadOnlyDictionary<string, string> parameters)
    {
        var answer = await app.CreateClient().GetAsync(QueryHelpers.AddQueryString("/api/v1/payments/vnpay/ipn", parameters!), Ct);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("RspCode").GetString()!;
    }

    public async Task<string> StatusAsync(JsonElement order) =>
        (await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/payments/{Reference(order)}", Ct)).GetProperty("status").GetString()!;

    public async Task<List<(long Amount, bool Online)>> PaymentsAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var dossier = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.AsNoTracking().SingleAsync(d => d.Code == code, Ct);
        return dossier.Payments.Select(p => (p.Amount, p.Online)).ToList();
    }
}
