using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Dashboard;

public static class DashboardEndpoints
{
    /// <summary>The daily aggregates follow every save of a dossier through the database's interceptor.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services
        .AddSingleton<IInterceptor, DailyAggregateInterceptor>()
        .AddScoped<RebuildAggregates>().AddScoped<AggregateTotals>();

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/dashboard").WithTags("Dashboard").RequireAuthorization(Policies.Administrator);
        admin.MapPost("/aggregates/rebuild", async (string? from, string? to, RebuildAggregates h, CancellationToken ct) => (await h.HandleAsync(from, to, ct)).ToResult());
    }
}
