namespace MotCua.Web.Data.Entities;

/// <summary>
/// The books of Development's stand-in VNPAY: how each payment it was sent ended, which it reports by IPN and return,
/// answers to querydr and refunds from, as VNPAY does from its own. Never written where the real gateway is configured.
/// </summary>
public sealed class VnpayStandInTransaction
{
    /// <summary>vnp_TxnRef, the merchant's reference of the order.</summary>
    public required string Reference { get; init; }

    /// <summary>vnp_TransactionNo, the gateway's own number.</summary>
    public required string TransactionNo { get; init; }

    /// <summary>vnp_TransactionStatus: 00 paid, 02 not paid.</summary>
    public required string Status { get; init; }

    /// <summary>vnp_ResponseCode of the payment: 00, or why it failed (24: the customer cancelled).</summary>
    public required string ResponseCode { get; init; }

    public long Amount { get; init; }

    public long Refunded { get; set; }

    public required string OrderInfo { get; init; }

    /// <summary>vnp_CreateDate of the payment request, which querydr and refund must name as vnp_TransactionDate.</summary>
    public required string CreateDate { get; init; }

    public DateTimeOffset PaidAt { get; init; }
}
