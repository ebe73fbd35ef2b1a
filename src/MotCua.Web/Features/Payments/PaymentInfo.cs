using MotCua.Domain.Calendar;
using MotCua.Domain.Payments;

namespace MotCua.Web.Features.Payments;

/// <summary>An order as the citizen and the API see it; <see cref="Refunded"/>: what the gateway has acknowledged giving back.</summary>
public sealed record PaymentInfo(string Reference, string DossierCode, long Amount, PaymentStatus Status, IReadOnlyList<PaymentLine> Lines, DateTimeOffset CreatedAt, DateTimeOffset? PaidAt, string CheckoutUrl, long Refunded)
{
    public static PaymentInfo From(PaymentOrder order, string dossierCode, string checkoutUrl, long refunded = 0) => new(
        order.Reference, dossierCode, order.Amount, order.Status, order.Lines,
        order.CreatedAt.ToOffset(WorkingCalendar.VietnamOffset), order.PaidAt?.ToOffset(WorkingCalendar.VietnamOffset), checkoutUrl, refunded);
}
