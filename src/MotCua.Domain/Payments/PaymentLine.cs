namespace MotCua.Domain.Payments;

/// <summary>One fee of the procedure being paid: its name and amount in VND as published, and how many times (e.g. copies of an extract).</summary>
public sealed record PaymentLine(string Name, long UnitAmount, int Quantity)
{
    public long Amount => UnitAmount * Quantity;
}
