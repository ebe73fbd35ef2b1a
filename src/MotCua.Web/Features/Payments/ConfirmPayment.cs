using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Payments;

/// <summary>What a provider's report did to its order.</summary>
public enum Confirmation
{
    /// <summary>The order moved (paid, failed or expired), and a payment was recorded on the dossier when paid.</summary>
    Recorded,

    /// <summary>The order had already been decided, or another copy of the report got there first.</summary>
    Unchanged,

    UnknownOrder,

    /// <summary>The provider reports another amount than the order's: nothing is recorded.</summary>
    WrongAmount,
}

/// <summary>
/// A provider's verified report on an order (its notification, or its answer during reconciliation). A report for
/// another amount is refused; a repeated or out-of-order report changes nothing (<see cref="PaymentTransitions"/>).
/// The order's move is a conditional update in the same transaction as the dossier's payment, so two copies of one
/// notification arriving together record one payment.
/// </summary>
public sealed class ConfirmPayment(MotCuaDbContext db, IPaymentGateway gateway, TimeProvider clock)
{
    public async Task<Confirmation> ApplyAsync(ProviderReport report, CancellationToken ct)
    {
        var order = await db.PaymentOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Reference == report.Reference, ct);
        if (order is null)
        {
            return Confirmation.UnknownOrder;
        }

        if (report.Amount != order.Amount)
        {
            return Confirmation.WrongAmount;
        }

        return PaymentTransitions.Next(order.Status, report.Status) is { } next && await MoveAsync(order, next, report, ct)
            ? Confirmation.Recorded
            : Confirmation.Unchanged;
    }

    private async Task<bool> MoveAsync(PaymentOrder order, PaymentStatus next, ProviderReport report, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? paidAt = next == PaymentStatus.Paid ? report.At : null;
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        var moved = await db.PaymentOrders.Where(o => o.Id == order.Id && o.Status == order.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, next).SetProperty(o => o.UpdatedAt, now)
                .SetProperty(o => o.PaidAt, paidAt).SetProperty(o => o.TransactionId, report.TransactionId), ct);
        if (moved == 0)
        {
            // Another copy of the report got there first; it has done the work.
            return false;
        }

        if (next == PaymentStatus.Paid)
        {
            var dossier = await db.Dossiers.FirstAsync(d => d.Id == order.DossierId, ct);
            dossier.Payments.Add(new Payment(report.At, order.Amount, Online: true));
            dossier.Version++;
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<Outcome<PaymentInfo>> InfoAsync(string reference, CancellationToken ct)
    {
        var found = await db.PaymentOrders.AsNoTracking().Where(o => o.Reference == reference)
            .Join(db.Dossiers, o => o.DossierId, d => d.Id, (o, d) => new { Order = o, d.Code }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Error.NotFound(new("giao dịch thanh toán", "Payment"), reference);
        }

        var refunded = await db.RefundedAsync(found.Order.Id, ct);
        return PaymentInfo.From(found.Order, found.Code, gateway.CheckoutUrl(found.Order), refunded);
    }
}
