using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Payments.Vnpay;

namespace MotCua.Web.Features.Payments;

public static class PaymentEndpoints
{
    public static void MapPayments(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<OnlinePayments>().Available)
        {
            return;
        }

        var open = app.MapGroup("/api/v1/public").WithTags("Payments").RequireRateLimiting(Throttling.Public).AllowAnonymous();
        open.MapPost("/dossiers/{code}/payments", async (string code, PaymentRequest r, StartPayment h, CancellationToken ct) => (await h.HandleAsync(code, r, ct)).ToCreated(p => $"/api/v1/public/payments/{p.Reference}"));
        open.MapGet("/payments/{reference}", async (string reference, ConfirmPayment h, CancellationToken ct) => (await h.InfoAsync(reference, ct)).ToResult());

        // VNPAY's notification: not throttled by address, since every notice comes from the gateway's few servers.
        app.MapGet("/api/v1/payments/vnpay/ipn", async (HttpRequest request, VnpayIpn h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(request.Query, ct)))
            .WithTags("Payments").AllowAnonymous();
        app.MapPost("/api/v1/payments/{reference}/refund", async (string reference, RefundRequest r, RefundPayment h, CancellationToken ct) => (await h.HandleAsync(reference, r, ct)).ToResult())
            .WithTags("Payments").RequireAuthorization(Policies.Officer).ProducesProblem(StatusCodes.Status502BadGateway);

        if (app.ServiceProvider.GetServices<StandIn>().Any(s => s.Setting == PaymentsSetup.StandInSetting))
        {
            // The stand-in gateway's merchant API, which is VNPAY's and not the product's: kept out of the API document.
            app.MapPost(VnpayStandIn.ApiPath, async (VnpayApiRequest r, VnpayStandInApi h, CancellationToken ct) => TypedResults.Ok(await h.AnswerAsync(r, ct)))
                .AllowAnonymous().ExcludeFromDescription();
        }
    }
}
