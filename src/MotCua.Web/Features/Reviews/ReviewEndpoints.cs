using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Reviews;

public static class ReviewEndpoints
{
    public static IServiceCollection AddReviews(this IServiceCollection services) => services
        .AddScoped<CompareComplianceCost>().AddScoped<ProposeSimplification>().AddScoped<ApproveSimplification>().AddScoped<SimplificationDashboard>()
        .AddScoped<ListReviews>().AddScoped<GetReview>().AddScoped<ReviewItemInput>().AddScoped<AddReviewItem>().AddScoped<ListReviewItems>().AddScoped<ReviewItemExport>();

    public static void MapReviews(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/reviews").WithTags("Reviews").RequireAuthorization(Policies.Officer);
        officer.MapPost("/compliance-cost", (ComplianceCostRequest r, CompareComplianceCost h) => h.Handle(r).ToResult());
        officer.MapGet("/", async ([AsParameters] ReviewQuery q, ListReviews h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
        officer.MapGet("/plan-items", async ([AsParameters] ReviewItemQuery q, ListReviewItems h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
        officer.MapGet("/plan-items/export", async ([AsParameters] ReviewItemQuery q, ReviewItemExport h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToFile());
        officer.MapGet("/{id:guid}", async (Guid id, GetReview h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToResult());
        officer.MapGet("/simplification", async ([AsParameters] SimplificationQuery q, SimplificationDashboard h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());

        // Review forms are filled in and approved by the KSTTHC office, as the catalog change they lead to.
        var write = app.MapGroup("/api/v1/reviews").WithTags("Reviews").RequireAuthorization(Policies.CatalogEditor);
        write.MapPost("/", async (ReviewRequest r, ProposeSimplification h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(c => $"/api/v1/reviews/{c.Id}"));
        app.MapPost("/api/v1/plans/{id:guid}/review-items", async (Guid id, ReviewItemRequest r, AddReviewItem h, CancellationToken ct) => (await h.HandleAsync(id, r, ct)).ToCreated(i => $"/api/v1/reviews/plan-items?planId={id}"))
            .WithTags("Reviews").RequireAuthorization(Policies.CatalogEditor);
        write.MapPost("/{id:guid}/approve", async (Guid id, ApprovalRequest r, ApproveSimplification h, CancellationToken ct) => (await h.HandleAsync(id, r, ct)).ToResult());
    }
}
