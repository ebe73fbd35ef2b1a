using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Features.Payments;

/// <summary>Where the provider sends the citizen back: the order as the product knows it, which the callback decided.</summary>
public sealed class PaymentResultModel(ConfirmPayment payments) : PageModel
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
