using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Targets;

public static class TargetEndpoints
{
    public static IServiceCollection AddTargets(this IServiceCollection services) => services
        .AddScoped<ListTargets>().AddScoped<EnterTarget>().AddScoped<CopyTargets>().AddScoped<TargetProgress>();

    /// <summary>Officers read targets and progress of their units; the KSTTHC office and administrators enter, change and copy them.</summary>
    public static void MapTargets(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/targets").WithTags("Targets").RequireAuthorization(Policies.Officer);
        read.MapGet("/", async ([AsParameters] TargetQuery q, ListTargets h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
        read.MapGet("/progress", async ([AsParameters] ProgressQuery q, TargetProgress h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());

        var write = app.MapGroup("/api/v1/targets").WithTags("Targets").RequireAuthorization(Policies.CatalogEditor);
        write.MapPost("/", async (TargetRequest r, EnterTarget h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(t => $"/api/v1/targets/{t.Id}"));
        write.MapPut("/{id:guid}", async (Guid id, TargetValues r, EnterTarget h, CancellationToken ct) => (await h.ChangeAsync(id, r, ct)).ToResult());
        write.MapPost("/copy", async (CopyTargetsRequest r, CopyTargets h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToResult());
    }
}
