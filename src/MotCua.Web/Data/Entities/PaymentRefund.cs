namespace MotCua.Web.Data.Entities;

/// <summary>Money given back on a paid order, recorded only once the gateway acknowledged the refund.</summary>
public sealed class PaymentRefund
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PaymentOrderId { get; init; }

    public long Amount { get; init; }

    public required string Reason { get; init; }

    /// <summary>The officer who asked for it.</summary>
    public required string By { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The gateway's number for the refund, when it gives one.</summary>
    public string? TransactionId { get; init; }
}
