using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Publications;

public static class PublicationEndpoints
{
    public static IServiceCollection AddPublication(this IServiceCollection services) => services
        .AddScoped<PublicationQueries>().AddScoped<PublicationRate>().AddScoped<RecordDisclosure>();

    /// <summary>Decisions and rates are read by officers; the days of disclosure are recorded by the KSTTHC office.</summary>
    public static void MapPublication(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/publications").WithTags("Publication").RequireAuthorization(Policies.Officer);
        read.MapGet("/", async ([AsParameters] PublicationQuery q, PublicationQueries h, CancellationToken ct) =>
        {
            var decisions = await h.DecisionsAsync(q, ct);
            return decisions.Failed ? decisions.Error.ToProblem() : (Microsoft.AspNetCore.Http.IResult)TypedResults.Ok(decisions.Value.Decisions);
        });
        read.MapGet("/rate", async ([AsParameters] PublicationQuery q, PublicationRate h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());

        var write = app.MapGroup("/api/v1/publications").WithTags("Publication").RequireAuthorization(Policies.CatalogEditor);
        write.MapPut("/changes/{revisionId:guid}/disclosure", async (Guid revisionId, DisclosureRequest r, RecordDisclosure h, CancellationToken ct) => (await h.HandleAsync(revisionId, r, ct)).ToResult());
    }
}
