using MotCua.Web.Common.Integrity;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Integrity;

public static class IntegrityEndpoints
{
    public static IServiceCollection AddIntegrity(this IServiceCollection services) => services
        .AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, RecordChaining>()
        .AddScoped<VerifyIntegrity>().AddScoped<SealUnchainedRecords>().AddScoped<AnchorDay>()
        .AddHostedService<Jobs.IntegrityAnchorWorker>();

    public static void MapIntegrity(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/integrity", async (VerifyIntegrity h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithTags("Integrity").RequireAuthorization(Policies.Administrator);
}
