namespace MotCua.Domain.Payments;

/// <summary>Where an online payment of fees stands: waiting for the bank, paid, refused by the bank, or given up on.</summary>
public enum PaymentStatus
{
    Pending,
    Paid,
    Failed,
    Expired,
}
