using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Payments;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// Đối soát: orders still waiting some minutes after they were made are asked about at the provider (VNPAY's
/// querydr), in case its notification was lost; an order the provider never decided is given up after
/// <see cref="ExpireAfter"/>, and is still recorded as paid should the provider report the money taken later. An order
/// the provider could not be asked about stays waiting for the next run: only the provider's word decides it.
/// </summary>
public sealed class ReconcilePayments(MotCuaDbContext db, IPaymentGateway gateway, ConfirmPayment confirm, TimeProvider clock, ILogger<ReconcilePayments> logger)
{
    public static readonly TimeSpan AskAfter = TimeSpan.FromMinutes(5);

    /// <summary>Also the payment URL's vnp_ExpireDate: the gateway takes no payment for the order after it.</summary>
    public static readonly TimeSpan ExpireAfter = TimeSpan.FromMinutes(30);

    private const int Batch = 100;

    /// <summary>Returns how many orders were decided.</summary>
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var asked = now - AskAfter;
        var waiting = await db.PaymentOrders.AsNoTracking()
            .Where(o => o.Status == PaymentStatus.Pending && o.CreatedAt <= asked)
            .OrderBy(o => o.CreatedAt).Take(Batch).ToListAsync(ct);
        int decided = 0;
        foreach (var order in waiting)
        {
            var answer = await gateway.QueryAsync(order, ct);
            if (answer.Failed)
            {
                logger.LogWarning("Payment {Reference} could not be reconciled: {Failure}", order.Reference, answer.Error.Detail?.En);
                continue;
            }

            var report = answer.Value.Status == PaymentStatus.Pending && order.CreatedAt <= now - ExpireAfter
                ? answer.Value with { Status = PaymentStatus.Expired, At = now }
                : answer.Value;
            if (report.Status != PaymentStatus.Pending && await confirm.ApplyAsync(report, ct) == Confirmation.Recorded)
            {
                decided++;
            }
        }

        return decided;
    }
}
