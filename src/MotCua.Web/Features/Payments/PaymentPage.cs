using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Payments;

/// <summary>A page about one payment order, found by its reference (404 when there is none).</summary>
public abstract class PaymentPage(ConfirmPayment payments) : FormPage
{
    public PaymentInfo? Payment { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        var found = await payments.InfoAsync(reference, ct);
        if (found.Failed)
        {
            return NotFound();
        }

        Payment = found.Value;
        return Page();
    }
}
