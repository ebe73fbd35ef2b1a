using MotCua.Domain.Payments;

namespace MotCua.Web.Data.Entities;

/// <summary>
/// The bank's side of the payment simulator: what the bank decided for an order, which the simulator reports by
/// callback and answers when asked during reconciliation, as a real provider would from its own books.
/// </summary>
public sealed class SimulatedCharge
{
    public required string Reference { get; init; }

    public PaymentStatus Status { get; set; }

    public long Amount { get; init; }

    public required string TransactionId { get; init; }

    public DateTimeOffset At { get; init; }
}
