using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// A provider's report on an order (POST /api/v1/payments/callback, or found by reconciliation). A forged callback
/// is refused before anything is read; a report for another amount is refused; a repeated or out-of-order report
/// changes nothing (<see cref="PaymentTransitions"/>). The order's move is a conditional update in the same
/// transaction as the dossier's payment, so two copies of one callback arriving together record one payment.
/// </summary>
public sealed class ConfirmPayment(MotCuaDbContext db, IPaymentGateway gateway, TimeProvider clock)
{
    private static readonly Error Forged = new(
        "invalid-signature", StatusCodes.Status401Unauthorized,
        new("Chữ ký không hợp lệ", "Invalid signature"),
        new("Thông báo thanh toán không mang chữ ký hợp lệ của đơn vị thanh toán.", "The payment notice does not carry the provider's valid signature."));

    public async Task<Outcome<PaymentInfo>> HandleAsync(string body, string? signature, CancellationToken ct) =>
        gateway.TryRead(body, signature, out var report) ? await ApplyAsync(report, ct) : Forged;

    public async Task<Outcome<PaymentInfo>> ApplyAsync(ProviderReport report, CancellationToken ct)
    {
        var order = await db.PaymentOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Reference == report.Reference, ct);
        if (order is null)
        {
            return Error.NotFound(new("giao dịch thanh toán", "Payment"), report.Reference);
        }

        if (report.Amount != order.Amount)
        {
            return Error.Validation("amount", new($"Số tiền báo về ({report.Amount}) khác số tiền phải nộp ({order.Amount}).", $"The amount reported ({report.Amount}) differs from the amount due ({order.Amount})."));
        }

        if (PaymentTransitions.Next(order.Status, report.Status) is { } next)
        {
            await MoveAsync(order, next, report, ct);
        }

        return await InfoAsync(report.Reference, ct);
    }

    private async Task MoveAsync(PaymentOrder order, PaymentStatus next, ProviderReport report, CancellationToken ct)
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
            return;
        }

        if (next == PaymentStatus.Paid)
        {
            var dossier = await db.Dossiers.FirstAsync(d => d.Id == order.DossierId, ct);
            dossier.Payments.Add(new Payment(report.At, order.Amount, Online: true));
            dossier.Version++;
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    public async Task<Outcome<PaymentInfo>> InfoAsync(string reference, CancellationToken ct)
    {
        var found = await db.PaymentOrders.AsNoTracking().Where(o => o.Reference == reference)
            .Join(db.Dossiers, o => o.DossierId, d => d.Id, (o, d) => new { Order = o, d.Code }).FirstOrDefaultAsync(ct);
        return found is null
            ? Error.NotFound(new("giao dịch thanh toán", "Payment"), reference)
            : PaymentInfo.From(found.Order, found.Code, gateway.CheckoutUrl(found.Order));
    }
}
