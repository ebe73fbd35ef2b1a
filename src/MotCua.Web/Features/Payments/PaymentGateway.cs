using MotCua.Domain.Payments;

namespace MotCua.Web.Features.Payments;

/// <summary>What a payment provider says about one order: decided by its callback, or when asked during reconciliation.</summary>
public sealed record ProviderReport(string Reference, string? TransactionId, PaymentStatus Status, long Amount, DateTimeOffset At);

/// <summary>
/// A payment provider (the national payment platform, a bank, an e-wallet). The default is the local simulator, so
/// that the whole flow runs offline; a real provider is one more implementation of these three calls.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Where the citizen's browser goes to pay the order.</summary>
    string CheckoutUrl(PaymentOrder order);

    /// <summary>Reads a callback body; false when it does not carry the provider's valid signature.</summary>
    bool TryRead(string body, string? signature, out ProviderReport report);

    /// <summary>Asks the provider about an order whose callback never came; null when it has not decided.</summary>
    Task<ProviderReport?> QueryAsync(PaymentOrder order, CancellationToken ct);
}
