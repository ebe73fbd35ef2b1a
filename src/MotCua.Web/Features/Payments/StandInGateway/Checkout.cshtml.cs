using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Payments.Vnpay;

namespace MotCua.Web.Features.Payments.StandInGateway;

/// <summary>
/// The stand-in VNPAY's payment page, at the path of VNPAY's own. The form posts back to the same URL, so the signed
/// request travels in the query string and is checked again before anything is decided.
/// </summary>
public sealed class CheckoutModel(VnpayStandIn gateway) : FormPage
{
    public StandInPayment? Payment { get; private set; }

    public IActionResult OnGet()
    {
        var read = gateway.Read(Query());
        if (read.Failed)
        {
            Refuse(read.Error);
        }
        else
        {
            Payment = read.Value;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(StandInOutcome outcome, CancellationToken ct)
    {
        var decided = await gateway.DecideAsync(Query(), outcome, ct);
        if (decided.Failed)
        {
            Refuse(decided.Error);
            return Page();
        }

        return Redirect(decided.Value);
    }

    private IEnumerable<KeyValuePair<string, string>> Query() => Request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString()));
}
