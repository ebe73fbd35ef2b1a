using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Domain.Payments;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Configurations;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Payments;

public sealed record RefundRequest(long? Amount, string? Reason);

public sealed record RefundInfo(string Reference, long Amount, string Reason, string By, DateTimeOffset At, string? TransactionId, long RefundedInAll);

/// <summary>
/// POST /api/v1/payments/{reference}/refund: gives back all or part of a paid order (a fee charged in error, a dossier
/// refused before any work), by a receptionist, leader or administrator of the dossier's unit, with a reason. The refund
/// is recorded only once the gateway acknowledged it; refused or unanswered, nothing is recorded and it may be asked again.
/// </summary>
public sealed class RefundPayment(MotCuaDbContext db, DossierPermissions permissions, IPaymentGateway gateway)
{
    private static readonly Role[] Refunders = [Role.Receptionist, Role.Leader, Role.Administrator];

    public async Task<Outcome<RefundInfo>> HandleAsync(string reference, RefundRequest request, CancellationToken ct)
    {
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > RefundLimits.Reason)
        {
            return Error.Validation("reason", new($"Nêu lý do hoàn tiền (tối đa {RefundLimits.Reason} ký tự).", $"Give the reason for the refund (at most {RefundLimits.Reason} characters)."));
        }

        var found = await db.PaymentOrders.AsNoTracking().Where(o => o.Reference == reference)
            .Join(db.Dossiers, o => o.DossierId, d => d.Id, (o, d) => new { Order = o, d.UnitId, d.CurrentUnitId }).FirstOrDefaultAsync(ct);
        var scope = await permissions.ScopeAsync(ct);
        if (found is null || !(scope.Contains(found.UnitId) || scope.Contains(found.CurrentUnitId)))
        {
            return Error.NotFound(new("giao dịch thanh toán", "Payment"), reference);
        }

        if (!await permissions.HoldsAsync(found.UnitId, ct, Refunders))
        {
            return Error.Forbidden(new("Chỉ cán bộ tiếp nhận, lãnh đạo hoặc quản trị của đơn vị được hoàn tiền.", "Only the unit's receptionists, leaders or administrators may refund."));
        }

        var order = found.Order;
        var refunded = await db.RefundedAsync(order.Id, ct);
        if (order.Status != PaymentStatus.Paid || refunded >= order.Amount)
        {
            return Error.Conflict(new("Chỉ hoàn được tiền của giao dịch đã thanh toán và chưa hoàn hết.", "Only a paid order not yet fully refunded can be refunded."));
        }

        var amount = request.Amount ?? order.Amount - refunded;
        if (amount <= 0 || amount > order.Amount - refunded)
        {
            return Error.Validation("amount", new($"Số tiền hoàn từ 1 đến {order.Amount - refunded} đồng.", $"The amount to refund is from 1 to {order.Amount - refunded} VND."));
        }

        var acknowledged = await gateway.RefundAsync(order, amount, full: refunded == 0 && amount == order.Amount, permissions.UserName, ct);
        if (acknowledged.Failed)
        {
            return acknowledged.Error;
        }

        var refund = new PaymentRefund { PaymentOrderId = order.Id, Amount = amount, Reason = reason, By = permissions.UserName, At = acknowledged.Value.At, TransactionId = acknowledged.Value.TransactionId };
        db.PaymentRefunds.Add(refund);
        await db.SaveChangesAsync(ct);
        return new RefundInfo(reference, amount, reason, refund.By, refund.At.ToOffset(WorkingCalendar.VietnamOffset), refund.TransactionId, refunded + amount);
    }
}

public static class Refunds
{
    /// <summary>How much of an order the gateway has acknowledged giving back.</summary>
    public static async Task<long> RefundedAsync(this MotCuaDbContext db, Guid orderId, CancellationToken ct) =>
        await db.PaymentRefunds.Where(r => r.PaymentOrderId == orderId).SumAsync(r => (long?)r.Amount, ct) ?? 0;
}
