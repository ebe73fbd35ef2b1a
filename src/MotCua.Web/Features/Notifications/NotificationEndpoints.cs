using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Notifications.Sms;

namespace MotCua.Web.Features.Notifications;

public static class NotificationEndpoints
{
    /// <summary>A receipt is a few hundred bytes.</summary>
    private const int MaxReceiptBytes = 64 * 1024;

    public static IServiceCollection AddOutboxAdministration(this IServiceCollection services) => services
        .AddScoped<ListOutboxMessages>().AddScoped<ResendOutboxMessage>().AddScoped<RecordSmsReceipt>();

    public static void MapOutboxAdministration(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/outbox").WithTags("Notifications").RequireAuthorization(Policies.Administrator);
        admin.MapGet("/messages", (string? state, int? page, int? pageSize, ListOutboxMessages h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(state, p, ct)));
        admin.MapPost("/messages/{id:guid}/resend", async (Guid id, ResendOutboxMessage h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToResult());

        // The gateway calls this; it proves itself with the configured secret, not a signed-in user.
        app.MapPost("/api/v1/notifications/sms/delivery-receipts", ReceiptAsync).WithTags("Notifications").AllowAnonymous()
            .Accepts<Dictionary<string, string>>("application/json", "application/x-www-form-urlencoded")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The body is read as sent: an HMAC covers its exact bytes.</summary>
    private static async Task<Results<Ok<SmsReceiptInfo>, ProblemHttpResult>> ReceiptAsync(HttpRequest request, RecordSmsReceipt h, IOptions<SmsOptions> options, CancellationToken ct)
    {
        var body = await BoundedBody.ReadAsync(request.Body, MaxReceiptBytes, ct);
        return body.Failed ? body.Error.ToProblem() : (await h.HandleAsync(body.Value, request.Headers[options.Value.Receipts.Header].FirstOrDefault(), ct)).ToResult();
    }
}
