using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Payments;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// Đối soát: orders still waiting some minutes after they were made are asked about at the provider, in case its
/// callback was lost; an order the provider never decided is given up after <see cref="ExpireAfter"/>, and is still
/// recorded as paid should the provider report the money taken later.
/// </summary>
public sealed class ReconcilePayments(MotCuaDbContext db, IPaymentGateway gateway, ConfirmPayment confirm, TimeProvider clock)
{
    public static readonly TimeSpan AskAfter = TimeSpan.FromMinutes(5);

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
            var report = await gateway.QueryAsync(order, ct);
            if (report is null && order.CreatedAt <= now - ExpireAfter)
            {
                report = new ProviderReport(order.Reference, null, PaymentStatus.Expired, order.Amount, now);
            }

            if (report is { Status: not PaymentStatus.Pending } && !(await confirm.ApplyAsync(report, ct)).Failed)
            {
                decided++;
            }
        }

        return decided;
    }
}
