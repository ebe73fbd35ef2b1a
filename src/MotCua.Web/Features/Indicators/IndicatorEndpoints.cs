using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Indicators;

public static class IndicatorEndpoints
{
    /// <summary>The shipped indicator table is read and checked once: the first version, before any edited one.</summary>
    public static IServiceCollection AddIndicators(this IServiceCollection services) => services
        .AddSingleton(_ => IndicatorTableReader.Shipped()).AddScoped<IndicatorTables>().AddScoped<IndexFactsSource>().AddScoped<ProceduresAsOf>().AddScoped<RunServiceIndex>()
        .AddScoped<ComputeServiceIndex>().AddScoped<ListIndicatorRecords>().AddMemoryCache().AddScoped<RankUnits>().AddScoped<PublishLateDossiers>();

    public static void MapIndicators(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/indicators").WithTags("Indicators").RequireAuthorization(Policies.Officer);
        officer.MapGet("/service-index", async ([AsParameters] ServiceIndexQuery q, ComputeServiceIndex h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
        officer.MapGet("/service-index/{indicatorId}/dossiers", async (string indicatorId, [AsParameters] IndicatorRecordsQuery q, ListIndicatorRecords h, CancellationToken ct) => (await h.HandleAsync(indicatorId, q, ct)).ToResult());
        var admin = app.MapGroup("/api/v1/indicators/tables").WithTags("Indicators").RequireAuthorization(Policies.Administrator);
        admin.MapGet("/", async (IndicatorTables h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)));
        admin.MapGet("/{version}", async (string version, IndicatorTables h, CancellationToken ct) => (await h.FindAsync(version, ct)).ToResult());
        admin.MapPost("/", async (HttpRequest request, IndicatorTables h, CancellationToken ct) =>
            (await h.SaveJsonAsync(request.Body, ct)).ToCreated(v => $"/api/v1/indicators/tables/{Uri.EscapeDataString(v.Version)}"))
            .Accepts<IndicatorTable>("application/json");
        var open = app.MapGroup("/api/v1/public").WithTags("Public").RequireRateLimiting(Throttling.Public).AllowAnonymous();
        open.MapGet("/service-index", async ([AsParameters] PublicIndexQuery q, RankUnits h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
        open.MapGet("/late-dossiers", async ([AsParameters] PublicLateQuery q, PublishLateDossiers h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
    }
}
