using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Feedback;

public static class FeedbackEndpoints
{
    /// <summary>Submissions and votes are throttled per caller (<see cref="Throttling.Feedback"/>), lookups by code as public lookups.</summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services) => services
        .AddScoped<FeedbackPermissions>().AddScoped<SubmitFeedback>().AddScoped<LookupFeedback>().AddScoped<ListPublished>()
        .AddScoped<VoteOnAnswer>().AddScoped<GetFeedback>().AddScoped<ListFeedback>().AddScoped<ApplyFeedbackAction>()
        .AddScoped<FeedbackStats>().AddScoped<DownloadFeedbackAttachment>().AddScoped<RemindFeedback>().AddHostedService<Jobs.FeedbackReminderWorker>();

    public static void MapFeedback(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/public/feedback").WithTags("Public").AllowAnonymous();
        open.MapPost("/", async (FeedbackRequest r, SubmitFeedback h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(f => $"/api/v1/public/feedback/{f.Code}")).RequireRateLimiting(Throttling.Feedback);
        open.MapGet("/", (string? q, int? page, int? pageSize, ListPublished h, CancellationToken ct) => OutcomeResults.Paged(page, pageSize, p => h.HandleAsync(q, p, ct)));
        open.MapGet("/{code}", async (string code, LookupFeedback h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult()).RequireRateLimiting(Throttling.Public);
        open.MapPost("/{code}/votes", async (string code, VoteRequest r, HttpContext http, VoteOnAnswer h, CancellationToken ct) => (await h.HandleAsync(code, r, Voter.Of(http), ct)).ToResult()).RequireRateLimiting(Throttling.Feedback);

        var officer = app.MapGroup("/api/v1/feedback").WithTags("Feedback").RequireAuthorization(Policies.Officer);
        officer.MapGet("/", ([AsParameters] FeedbackQuery q, int? page, int? pageSize, ListFeedback h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(q, p, ct)));
        officer.MapGet("/stats", async ([AsParameters] FeedbackStatsQuery q, FeedbackStats h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
        officer.MapGet("/{code}", async (string code, GetFeedback h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
        officer.MapGet("/{code}/attachments/{id:guid}", async (string code, Guid id, DownloadFeedbackAttachment h, CancellationToken ct) => (await h.HandleAsync(code, id, ct)).ToFile());
        officer.MapPost("/{code}/actions/{action}", async (string code, string action, FeedbackActionRequest r, ApplyFeedbackAction h, CancellationToken ct) => (await h.HandleAsync(code, action, r, ct)).ToResult());
    }
}
