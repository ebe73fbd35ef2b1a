using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Reviews;

public static class ReviewEndpoints
{
    public static IServiceCollection AddReviews(this IServiceCollection services) => services.AddScoped<CompareComplianceCost>();

    public static void MapReviews(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/reviews").WithTags("Reviews").RequireAuthorization(Policies.Officer);
        officer.MapPost("/compliance-cost", (ComplianceCostRequest r, CompareComplianceCost h) => h.Handle(r).ToResult());
    }
}
