using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Payments;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Payments;

/// <summary>What the person at the simulator chooses the bank does.</summary>
public enum BankOutcome
{
    /// <summary>Paid, and the bank tells the product at once.</summary>
    Paid,

    /// <summary>Refused (no money, wrong OTP).</summary>
    Failed,

    /// <summary>The person leaves: the bank never decides, and the order expires at reconciliation.</summary>
    Timeout,

    /// <summary>Paid, but the bank's callback is lost on the way: only reconciliation finds it.</summary>
    PaidCallbackLost,
}

/// <summary>The simulated bank deciding an order and sending its signed callback through the same door a real provider uses.</summary>
public sealed class SimulateBank(MotCuaDbContext db, PaymentSimulator simulator, ConfirmPayment confirm, TimeProvider clock)
{
    public async Task<Outcome<PaymentInfo>> HandleAsync(string reference, BankOutcome outcome, CancellationToken ct)
    {
        var order = await db.PaymentOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Reference == reference, ct);
        if (order is null)
        {
            return Error.NotFound(new("giao dịch thanh toán", "Payment"), reference);
        }

        if (outcome == BankOutcome.Timeout || await db.SimulatedCharges.AnyAsync(c => c.Reference == reference, ct))
        {
            return await confirm.InfoAsync(reference, ct);
        }

        var charge = new SimulatedCharge
        {
            Reference = reference,
            Status = outcome == BankOutcome.Failed ? PaymentStatus.Failed : PaymentStatus.Paid,
            Amount = order.Amount,
            TransactionId = "SIM" + Guid.CreateVersion7().ToString("N")[..17].ToUpperInvariant(),
            At = clock.GetUtcNow(),
        };
        db.SimulatedCharges.Add(charge);
        await db.SaveChangesAsync(ct);
        if (outcome == BankOutcome.PaidCallbackLost)
        {
            return await confirm.InfoAsync(reference, ct);
        }

        var (body, signature) = simulator.Callback(new ProviderReport(reference, charge.TransactionId, charge.Status, charge.Amount, charge.At));
        return await confirm.HandleAsync(body, signature, ct);
    }
}
