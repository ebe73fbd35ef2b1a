using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Notifications;

public static class NotificationEndpoints
{
    public static IServiceCollection AddOutboxAdministration(this IServiceCollection services) => services
        .AddScoped<ListOutboxMessages>().AddScoped<ResendOutboxMessage>();

    public static void MapOutboxAdministration(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/outbox").WithTags("Notifications").RequireAuthorization(Policies.Administrator);
        admin.MapGet("/messages", (string? state, int? page, int? pageSize, ListOutboxMessages h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(state, p, ct)));
        admin.MapPost("/messages/{id:guid}/resend", async (Guid id, ResendOutboxMessage h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToResult());
    }
}
