using MotCua.Domain.Payments;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Payments;

/// <summary>What a payment provider says about one order: in its notification, or when asked during reconciliation (<see cref="PaymentStatus.Pending"/>: not decided yet).</summary>
public sealed record ProviderReport(string Reference, string? TransactionId, PaymentStatus Status, long Amount, DateTimeOffset At);

/// <summary>A refund the provider acknowledged, with its own transaction number when it gives one.</summary>
public sealed record ProviderRefund(string? TransactionId, DateTimeOffset At);

/// <summary>
/// A payment provider (a gateway such as VNPAY, the national payment platform, a bank). Every answer it gives is
/// checked against the merchant's secret before it counts; a call it does not acknowledge is an error, and nothing
/// here records it.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Where the citizen's browser goes to pay the order, signed.</summary>
    string CheckoutUrl(PaymentOrder order);

    /// <summary>Reads the parameters of a notification or a return; false when they do not carry the provider's valid signature.</summary>
    bool TryRead(IEnumerable<KeyValuePair<string, string>> parameters, out ProviderReport report);

    /// <summary>Asks the provider about an order whose notification never came.</summary>
    Task<Outcome<ProviderReport>> QueryAsync(PaymentOrder order, CancellationToken ct);

    /// <summary>Asks the provider to give back <paramref name="amount"/> of a paid order (all of it when <paramref name="full"/>).</summary>
    Task<Outcome<ProviderRefund>> RefundAsync(PaymentOrder order, long amount, bool full, string by, CancellationToken ct);
}
