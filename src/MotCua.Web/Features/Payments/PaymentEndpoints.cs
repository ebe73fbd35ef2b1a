using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Payments;

public static class PaymentEndpoints
{
    /// <summary>A callback is a few hundred bytes; anything near this is not one.</summary>
    private const int MaxCallbackBytes = 1024 * 1024;

    /// <summary>
    /// <c>Payments:Provider</c>: <c>none</c> (default: no online payment is offered, its pages and API do not exist)
    /// or <c>simulator</c> (Development and tests: the bank simulated inside the product, never in Production).
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Payments:Provider"] ?? "none";
        if (provider.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return services.AddSingleton(new OnlinePayments(false))
                .Configure<RazorPagesOptions>(o => o.Conventions.AddFolderRouteModelConvention("/Payments", page => page.Selectors.Clear()));
        }

        if (!provider.Equals("simulator", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Payments:Provider must be none or simulator, not '{provider}'.");
        }

        return services
            .AddSingleton(new OnlinePayments(true)).AddSingleton(new StandIn("bank simulator", "Payments:Provider=simulator"))
            .AddScoped<PaymentSimulator>().AddScoped<IPaymentGateway>(sp => sp.GetRequiredService<PaymentSimulator>())
            .AddScoped<StartPayment>().AddScoped<ConfirmPayment>().AddScoped<GetDossierFees>().AddScoped<ReconcilePayments>().AddScoped<SimulateBank>()
            .AddHostedService<Jobs.PaymentReconciliationWorker>();
    }

    public static void MapPayments(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<OnlinePayments>().Available)
        {
            return;
        }

        var open = app.MapGroup("/api/v1/public").WithTags("Payments").RequireRateLimiting(Throttling.Public).AllowAnonymous();
        open.MapPost("/dossiers/{code}/payments", async (string code, PaymentRequest r, StartPayment h, CancellationToken ct) => (await h.HandleAsync(code, r, ct)).ToCreated(p => $"/api/v1/public/payments/{p.Reference}"));
        open.MapGet("/payments/{reference}", async (string reference, ConfirmPayment h, CancellationToken ct) => (await h.InfoAsync(reference, ct)).ToResult());
        app.MapPost("/api/v1/payments/callback", CallbackAsync).WithTags("Payments").AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    /// <summary>The provider's signed notice; the body is read as sent, since the signature covers its exact bytes.</summary>
    private static async Task<Results<Ok<PaymentInfo>, ProblemHttpResult>> CallbackAsync(HttpRequest request, ConfirmPayment h, CancellationToken ct)
    {
        var body = await BoundedBody.ReadAsync(request.Body, MaxCallbackBytes, ct);
        if (body.Failed)
        {
            return body.Error!.ToProblem();
        }

        var text = System.Text.Encoding.UTF8.GetString(body.Value);
        return (await h.HandleAsync(text, request.Headers["X-Signature"].FirstOrDefault(), ct)).ToResult();
    }
}
