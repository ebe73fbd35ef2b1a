using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Portal;

public static class PortalEndpoints
{
    public static IServiceCollection AddPortal(this IServiceCollection services) => services.AddScoped<RateDossier>().AddScoped<ReadyForReturn>();

    public static void MapPortal(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/public/dossiers").WithTags("Public").RequireRateLimiting(Throttling.Public).AllowAnonymous();
        open.MapPost("/{code}/rating", async (string code, RatingRequest r, RateDossier h, CancellationToken ct) => (await h.HandleAsync(code, r, ct)).ToResult());
    }
}
