using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Connections;

public static class ConnectionEndpoints
{
    public static IServiceCollection AddConnectionsAdministration(this IServiceCollection services) => services
        .AddScoped<ListConnections>().AddScoped<TestConnection>();

    public static void MapConnectionsAdministration(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/connections").WithTags("Connections").RequireAuthorization(Policies.Administrator);
        admin.MapGet("", async (ListConnections h, CancellationToken ct) => Results.Ok(await h.HandleAsync(ct)));
        admin.MapPost("/{key}/test", async (string key, TestRequest? body, TestConnection h, CancellationToken ct) =>
            (await h.HandleAsync(key, body?.Recipient, ct)).ToResult());
    }
}
