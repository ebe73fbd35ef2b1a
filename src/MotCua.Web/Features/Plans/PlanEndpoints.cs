using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Plans;

public static class PlanEndpoints
{
    public static IServiceCollection AddPlans(this IServiceCollection services) => services
        .AddScoped<PlanPermissions>().AddScoped<CreatePlan>().AddScoped<ListPlans>().AddScoped<AddPlanTask>()
        .AddScoped<ReportProgress>().AddScoped<ListOverdueTasks>();

    /// <summary>Plans and their tasks are written by the KSTTHC office (and administrators), read and reported on by officers.</summary>
    public static void MapPlans(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/plans").WithTags("Plans").RequireAuthorization(Policies.Officer);
        read.MapGet("/", ([AsParameters] PlanQuery q, int? page, int? pageSize, ListPlans h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(q, p, ct)));
        read.MapGet("/overdue", ([AsParameters] OverdueQuery q, int? page, int? pageSize, ListOverdueTasks h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(q, p, ct)));
        read.MapPost("/{id:guid}/tasks/{taskId:guid}/instances/{instanceId:guid}/progress", async (Guid id, Guid taskId, Guid instanceId, ProgressRequest r, ReportProgress h, CancellationToken ct) => (await h.HandleAsync(id, taskId, instanceId, r, ct)).ToResult());

        var write = app.MapGroup("/api/v1/plans").WithTags("Plans").RequireAuthorization(Policies.CatalogEditor);
        write.MapPost("/", async (PlanRequest r, CreatePlan h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(p => $"/api/v1/plans/{p.Id}"));
        write.MapPost("/{id:guid}/tasks", async (Guid id, PlanTaskRequest r, AddPlanTask h, CancellationToken ct) => (await h.HandleAsync(id, r, ct)).ToCreated(t => $"/api/v1/plans/{id}/tasks/{t.Id}"));
    }
}
