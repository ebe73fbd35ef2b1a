using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Payments;

/// <summary>Nộp phí, lệ phí trực tuyến for a dossier: choose the fees, then go to the provider's page.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Common.Security.Throttling.Public)]
public sealed class PayModel(GetDossierFees fees, StartPayment start) : FormPage
{
    public DossierFees? Dossier { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, int[]? chosen, Dictionary<int, int>? quantities, CancellationToken ct)
    {
        var request = new PaymentRequest((chosen ?? []).Select(i => new FeeChoice(i, quantities?.GetValueOrDefault(i, 1) ?? 1)).ToList());
        var started = await start.HandleAsync(code, request, ct);
        if (!started.Failed)
        {
            return Redirect(started.Value.CheckoutUrl);
        }

        Refuse(started.Error);
        return await OnGetAsync(code, ct);
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var found = await fees.HandleAsync(code, ct);
        Dossier = found.Failed ? null : found.Value;
        return !found.Failed;
    }
}
