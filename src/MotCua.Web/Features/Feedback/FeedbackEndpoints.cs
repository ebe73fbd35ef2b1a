using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Feedback;

public static class FeedbackEndpoints
{
    public const string SubmitLimiter = "feedback";

    /// <summary>
    /// Anonymous submissions and votes are throttled per client address against flooding:
    /// <c>Security:FeedbackPerMinute</c> a minute (5 unless configured). Reading pages and signed-in officers typing
    /// feedback in for citizens at the desk are not throttled.
    /// </summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services, IConfiguration configuration) => services
        .AddPerAddressLimit(SubmitLimiter, configuration.GetValue("Security:FeedbackPerMinute", 5), http => HttpMethods.IsGet(http.Request.Method) || http.User.Identity?.IsAuthenticated == true)
        .AddScoped<FeedbackPermissions>().AddScoped<SubmitFeedback>().AddScoped<LookupFeedback>().AddScoped<ListPublished>()
        .AddScoped<VoteOnAnswer>().AddScoped<GetFeedback>().AddScoped<ListFeedback>().AddScoped<ApplyFeedbackAction>()
        .AddScoped<FeedbackStats>().AddScoped<RemindFeedback>().AddHostedService<Jobs.PeriodicWorker<RemindFeedback>>();

    public static void MapFeedback(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/public/feedback").WithTags("Public");
        open.MapPost("/", async (FeedbackRequest r, SubmitFeedback h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(f => $"/api/v1/public/feedback/{f.Code}")).RequireRateLimiting(SubmitLimiter);
        open.MapGet("/", (string? q, int? page, int? pageSize, ListPublished h, CancellationToken ct) => OutcomeResults.Paged(page, pageSize, p => h.HandleAsync(q, p, ct)));
        open.MapGet("/{code}", async (string code, LookupFeedback h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
        open.MapPost("/{code}/votes", async (string code, VoteRequest r, VoteOnAnswer h, CancellationToken ct) => (await h.HandleAsync(code, r, ct)).ToResult()).RequireRateLimiting(SubmitLimiter);

        var officer = app.MapGroup("/api/v1/feedback").WithTags("Feedback").RequireAuthorization(Policies.Officer);
        officer.MapGet("/", ([AsParameters] FeedbackQuery q, int? page, int? pageSize, ListFeedback h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(q, p, ct)));
        officer.MapGet("/stats", async ([AsParameters] FeedbackStatsQuery q, FeedbackStats h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
        officer.MapGet("/{code}", async (string code, GetFeedback h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
        officer.MapPost("/{code}/actions/{action}", async (string code, string action, FeedbackActionRequest r, ApplyFeedbackAction h, CancellationToken ct) => (await h.HandleAsync(code, action, r, ct)).ToResult());
    }
}
