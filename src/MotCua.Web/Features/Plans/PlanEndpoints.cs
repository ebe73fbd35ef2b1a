using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features.Plans;

public static class PlanEndpoints
{
    public static IServiceCollection AddPlans(this IServiceCollection services) => services
        .AddScoped<PlanPermissions>().AddScoped<PlanTaskInput>().AddScoped<CreatePlan>().AddScoped<ListPlans>().AddScoped<GetPlan>().AddScoped<AddPlanTask>()
        .AddScoped<UpdatePlanTask>().AddScoped<ReportProgress>().AddScoped<AttachEvidence>().AddScoped<DownloadEvidence>().AddScoped<ListOverdueTasks>()
        .AddScoped<CopyPlan>().AddScoped<SignedPlan>().AddScoped<ImportPlanTasks>().AddScoped<PlanExports>().AddScoped<RemindPlanTasks>().AddHostedService<Jobs.PlanReminderWorker>();

    /// <summary>Plans and their tasks are written by the KSTTHC office (and administrators), read and reported on by officers.</summary>
    public static void MapPlans(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/plans").WithTags("Plans").RequireAuthorization(Policies.Officer);
        read.MapGet("/", ([AsParameters] PlanQuery q, int? page, int? pageSize, ListPlans h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(q, p, ct)));
        read.MapGet("/export", async ([AsParameters] PlanQuery q, PlanExports h, CancellationToken ct) => (await h.PlansAsync(q, ct)).ToFile());
        read.MapGet("/overdue", ([AsParameters] OverdueQuery q, int? page, int? pageSize, ListOverdueTasks h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(q, p, ct)));
        read.MapGet("/overdue/export", async ([AsParameters] OverdueQuery q, PlanExports h, CancellationToken ct) => (await h.OverdueAsync(q, ct)).ToFile());
        read.MapGet("/import-template", () => TypedResults.File(ImportPlanTasks.Template(), ImportTemplate.XlsxContentType, "mau-nhap-nhiem-vu.xlsx"));
        read.MapGet("/{id:guid}", async (Guid id, GetPlan h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToResult());
        read.MapGet("/{id:guid}/export", async (Guid id, PlanExports h, CancellationToken ct) => (await h.TasksAsync(id, ct)).ToFile());
        read.MapGet("/{id:guid}/signed", async (Guid id, SignedPlan h, CancellationToken ct) => (await h.DownloadAsync(id, ct)).ToFile());
        read.MapGet("/{id:guid}/print", async (Guid id, PlanExports h, HttpResponse response, CancellationToken ct) => (await h.PrintAsync(id, ct)).ToFile(response));
        read.MapGet("/{id:guid}/tasks/{taskId:guid}", async (Guid id, Guid taskId, GetPlan h, CancellationToken ct) => (await h.TaskAsync(id, taskId, ct)).ToResult());
        read.MapPost("/{id:guid}/tasks/{taskId:guid}/instances/{instanceId:guid}/progress", async (Guid id, Guid taskId, Guid instanceId, ProgressRequest r, ReportProgress h, CancellationToken ct) => (await h.HandleAsync(id, taskId, instanceId, r, ct)).ToResult());
        read.MapPost("/{id:guid}/tasks/{taskId:guid}/instances/{instanceId:guid}/evidence", async (Guid id, Guid taskId, Guid instanceId, IFormFile? file, AttachEvidence h, CancellationToken ct) =>
            (await h.HandleAsync(id, taskId, instanceId, file, ct)).ToCreated(e => $"/api/v1/plans/{id}/evidence/{e.Id}")).DisableAntiforgery();
        read.MapGet("/{id:guid}/evidence/{evidenceId:guid}", async (Guid id, Guid evidenceId, DownloadEvidence h, CancellationToken ct) => (await h.HandleAsync(id, evidenceId, ct)).ToFile());

        var write = app.MapGroup("/api/v1/plans").WithTags("Plans").RequireAuthorization(Policies.CatalogEditor);
        write.MapPost("/", async (PlanRequest r, CreatePlan h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(p => $"/api/v1/plans/{p.Id}"));
        write.MapPost("/{id:guid}/copy", async (Guid id, CopyPlanRequest r, CopyPlan h, CancellationToken ct) => (await h.HandleAsync(id, r, ct)).ToCreated(p => $"/api/v1/plans/{p.Id}"));
        write.MapPost("/{id:guid}/tasks", async (Guid id, PlanTaskRequest r, AddPlanTask h, CancellationToken ct) => (await h.HandleAsync(id, r, ct)).ToCreated(t => $"/api/v1/plans/{id}/tasks/{t.Id}"));
        write.MapPut("/{id:guid}/tasks/{taskId:guid}", async (Guid id, Guid taskId, PlanTaskRequest r, UpdatePlanTask h, CancellationToken ct) => (await h.HandleAsync(id, taskId, r, ct)).ToResult());
        write.MapPost("/{id:guid}/signed", async (Guid id, IFormFile? file, SignedPlan h, CancellationToken ct) => (await h.UploadAsync(id, file, ct)).ToResult())
            .DisableAntiforgery().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        write.MapPost("/{id:guid}/import", async (Guid id, IFormFile? file, ImportPlanTasks h, CancellationToken ct) => (await h.FromFormAsync(id, file, ct)).ToResult())
            .DisableAntiforgery().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }
}
