using MotCua.Domain.Calendar;
using MotCua.Domain.Payments;

namespace MotCua.Web.Features.Payments;

public sealed record PaymentInfo(string Reference, string DossierCode, long Amount, PaymentStatus Status, IReadOnlyList<PaymentLine> Lines, DateTimeOffset CreatedAt, DateTimeOffset? PaidAt, string CheckoutUrl)
{
    public static PaymentInfo From(PaymentOrder order, string dossierCode, string checkoutUrl) => new(
        order.Reference, dossierCode, order.Amount, order.Status, order.Lines,
        order.CreatedAt.ToOffset(WorkingCalendar.VietnamOffset), order.PaidAt?.ToOffset(WorkingCalendar.VietnamOffset), checkoutUrl);
}
