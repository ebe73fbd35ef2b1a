using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Indicators.Public;

/// <summary>Hồ sơ trễ hạn công khai: a unit's late dossiers for a month or a week, with masked names, no account needed.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Common.Security.Throttling.Public)]
public sealed class LateDossiersModel(PublishLateDossiers publish) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public PublicLateDossiers? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var outcome = await publish.HandleAsync(new PublicLateQuery(UnitCode, Period), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            return;
        }

        Result = outcome.Value;
    }
}
