namespace MotCua.Domain.Payments;

/// <summary>
/// What a provider's report does to an order. Reports come late, twice, or out of order (a "failed" after a "paid",
/// a reconciliation after the callback), so every report is checked against the state it finds:
/// a paid order stays paid whatever follows, as the money has been taken; a failed or expired order becomes paid
/// when the provider later says the money was taken after all (it must then be recorded, not lost); anything else
/// that would move an order already decided is ignored.
/// </summary>
public static class PaymentTransitions
{
    /// <summary>The new state, or null when the report changes nothing.</summary>
    public static PaymentStatus? Next(PaymentStatus current, PaymentStatus reported) => (current, reported) switch
    {
        (_, PaymentStatus.Pending) => null,
        (PaymentStatus.Paid, _) => null,
        (PaymentStatus.Pending, _) => reported,
        (PaymentStatus.Failed or PaymentStatus.Expired, PaymentStatus.Paid) => PaymentStatus.Paid,
        _ => null,
    };
}
