using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Dashboard;

public static class DashboardEndpoints
{
    /// <summary>The daily aggregates follow every save of a dossier through the database's interceptor.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services
        .AddSingleton<IInterceptor, DailyAggregateInterceptor>()
        .AddScoped<RebuildAggregates>().AddScoped<AggregateTotals>().AddScoped<GetDashboard>().AddScoped<FeedbackOnTime>();

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/dashboard").WithTags("Dashboard").RequireAuthorization(Policies.Officer);
        officer.MapGet("/", async ([AsParameters] DashboardQuery q, GetDashboard h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
        officer.MapGet("/charts/{chart}.svg", ChartAsync);

        var admin = app.MapGroup("/api/v1/dashboard").WithTags("Dashboard").RequireAuthorization(Policies.Administrator);
        admin.MapPost("/aggregates/rebuild", async (string? from, string? to, RebuildAggregates h, CancellationToken ct) => (await h.HandleAsync(from, to, ct)).ToResult());
    }

    /// <summary>A chart of the dashboard as <c>image/svg+xml</c>; an unknown chart is a 404.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ChartAsync(string chart, [AsParameters] DashboardQuery q, GetDashboard h, CancellationToken ct)
    {
        if (!DashboardCharts.Names.Contains(chart))
        {
            return Error.NotFound(new("biểu đồ", "Chart"), chart).ToProblem();
        }

        var report = await h.HandleAsync(q, ct);
        return report.Failed ? report.Error.ToProblem() : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(DashboardCharts.Svg(chart, report.Value)), "image/svg+xml");
    }
}
