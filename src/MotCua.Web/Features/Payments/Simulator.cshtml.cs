using Microsoft.AspNetCore.Mvc;

namespace MotCua.Web.Features.Payments;

/// <summary>The simulated bank's checkout page: the person chooses what the bank does, as a tester or in a demo.</summary>
public sealed class SimulatorModel(ConfirmPayment payments, SimulateBank bank) : PaymentPage(payments)
{
    public async Task<IActionResult> OnPostAsync(string reference, BankOutcome outcome, CancellationToken ct)
    {
        var done = await bank.HandleAsync(reference, outcome, ct);
        if (done.Failed)
        {
            Refuse(done.Error!);
            return await OnGetAsync(reference, ct);
        }

        return Redirect("/thanh-toan/ket-qua/" + Uri.EscapeDataString(reference));
    }
}
