using MotCua.Web.Features.Payments;

namespace MotCua.Web.Jobs;

/// <summary>
/// Reconciles waiting payments every <c>Jobs:PaymentInterval</c> (1 minute unless configured), on one node at a time;
/// the conditional move of each order records it once even against a payment callback arriving meanwhile.
/// </summary>
public sealed class PaymentReconciliationWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<PaymentReconciliationWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:PaymentInterval", TimeSpan.FromMinutes(1)), clock, logger)
{
    protected override string JobName => "Payment reconciliation";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<ReconcilePayments>().HandleAsync(ct);
}
