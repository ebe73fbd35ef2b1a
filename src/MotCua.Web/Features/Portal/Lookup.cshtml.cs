using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Portal;

/// <summary>
/// Tra cứu hồ sơ by its code, typed in or read from the QR code of a receipt (which opens /tra-cuu/{code}): the same
/// masked view as the public API, nothing personal beyond the masked name.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Common.Security.Throttling.Public)]
public sealed class LookupModel(PublicLookup lookup, RateDossier rate) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public PublicDossier? Dossier { get; private set; }

    public bool Rated { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A kiosk's QR reader types the receipt's whole lookup address; the code is its last segment.
        Code = Code?.Trim();
        if (Code?.LastIndexOf("/tra-cuu/", StringComparison.Ordinal) is int at and >= 0)
        {
            Code = Uri.UnescapeDataString(Code[(at + "/tra-cuu/".Length)..]);
        }

        if (string.IsNullOrEmpty(Code))
        {
            return;
        }

        var found = await lookup.HandleAsync(Code, ct);
        if (found.Failed)
        {
            Refuse(found.Error);
            return;
        }

        Dossier = found.Value;
    }

    public async Task OnPostRateAsync(string? proof, string? level, string[]? reasons, string? comment, CancellationToken ct)
    {
        var rated = await rate.HandleAsync(Code ?? string.Empty, new RatingRequest(proof, level, reasons, comment), ct);
        var problem = rated.Error;
        Rated = !rated.Failed;
        await OnGetAsync(ct);
        if (problem is not null)
        {
            Refuse(problem);
        }
    }
}
