namespace MotCua.Domain.Payments;

/// <summary>
/// A request to pay a dossier's fees online: the amount is fixed from the published fees when it is made, and the
/// payment provider reports back against <see cref="Reference"/>. Only <see cref="PaymentTransitions"/> moves it.
/// </summary>
public sealed class PaymentOrder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>What the provider and the citizen see; opaque so that one order's reference does not reveal others.</summary>
    public string Reference { get; init; } = Guid.NewGuid().ToString("N").ToUpperInvariant();

    public Guid DossierId { get; init; }

    public List<PaymentLine> Lines { get; init; } = [];

    public long Amount { get; init; }

    public PaymentStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>The provider's own transaction number, for reconciliation with its statements.</summary>
    public string? TransactionId { get; set; }
}
