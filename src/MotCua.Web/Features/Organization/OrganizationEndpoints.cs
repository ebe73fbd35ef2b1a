using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Organization;

public static class OrganizationEndpoints
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ReorganizationHealthCheck>("reorganizations", HealthStatus.Degraded);
        return services.AddScoped<ListUnits>().AddScoped<CreateUnit>().AddScoped<RenameUnit>().AddScoped<MoveUnit>()
        .AddScoped<MergeUnit>().AddScoped<SplitUnit>().AddScoped<ActRoles>().AddScoped<UnitSuccession>().AddScoped<SetUnitActive>().AddScoped<UnitHistory>()
        .AddScoped<ListOfficers>().AddScoped<GetOfficer>().AddScoped<SaveOfficer>().AddScoped<UnlockOfficer>().AddScoped<ResetTwoFactor>()
        .AddScoped<CreateFirstAdministrator>().AddScoped<OrganizationHistory>()
        .AddScoped<PlanReorganization>().AddScoped<ReorganizationRunner>().AddScoped<PreviewReorganization>().AddScoped<AdoptReorganization>()
        .AddScoped<WithdrawReorganization>().AddScoped<UnitLineage>().AddScoped<ListReorganizations>().AddHostedService<Jobs.ReorganizationWorker>()
            .AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, UnitVersioning>();
    }

    public static void MapOrganization(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/v1/units").WithTags("Organization").AllowAnonymous();
        units.MapGet("/", async (bool? includeInactive, string? asOf, ListUnits h, CancellationToken ct) => (await h.AsOfAsync(includeInactive ?? false, asOf, ct)).ToResult());
        units.MapGet("/{code}/lineage", async (string code, UnitLineage h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());

        var admin = app.MapGroup("/api/v1").WithTags("Organization").RequireAuthorization(Policies.Administrator);
        admin.MapPost("/units", async (CreateUnitRequest r, CreateUnit h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(u => $"/api/v1/units/{u.Code}"));
        admin.MapPost("/units/{code}/rename", (string code, RenameUnitRequest r, RenameUnit h, CancellationToken ct) => Answer(h.HandleAsync(code, r, ct)));
        admin.MapPost("/units/{code}/move", (string code, MoveUnitRequest r, MoveUnit h, CancellationToken ct) => Answer(h.HandleAsync(code, r, ct)));
        admin.MapPost("/units/{code}/merge", (string code, MergeUnitRequest r, MergeUnit h, CancellationToken ct) => Answer(h.HandleAsync(code, r, ct)));
        admin.MapPost("/units/{code}/deactivate", (string code, SetUnitActive h, CancellationToken ct) => Answer(h.HandleAsync(code, false, ct)));
        admin.MapPost("/units/{code}/reactivate", (string code, SetUnitActive h, CancellationToken ct) => Answer(h.HandleAsync(code, true, ct)));
        admin.MapGet("/units/{code}/history", async (string code, UnitHistory h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
        admin.MapGet("/reorganizations", (ListReorganizations h, CancellationToken ct) => h.HandleAsync(ct));
        admin.MapPost("/reorganizations", async (ReorganizationRequest r, PlanReorganization h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(a => $"/api/v1/reorganizations/{a.Id}"));
        admin.MapGet("/reorganizations/{id:guid}", async (Guid id, ListReorganizations h, CancellationToken ct) => (await h.OneAsync(id, ct)).ToResult());
        admin.MapGet("/reorganizations/{id:guid}/preview", async (Guid id, PreviewReorganization h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToResult());
        admin.MapPost("/reorganizations/{id:guid}/adopt", async (Guid id, AdoptReorganization h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToResult());
        admin.MapPost("/reorganizations/{id:guid}/withdraw", async (Guid id, WithdrawReorganization h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToResult());
        admin.MapGet("/officers", (string? q, int? page, int? pageSize, ListOfficers h, CancellationToken ct) => OutcomeResults.Paged(page, pageSize, p => h.HandleAsync(q, p, ct)));
        admin.MapPut("/officers", async (SaveOfficerRequest r, SaveOfficer h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToResult());
        admin.MapPost("/officers/{userName}/unlock", (string userName, UnlockOfficer h, CancellationToken ct) => Answer(h.HandleAsync(userName, ct)));
        admin.MapPost("/officers/{userName}/two-factor/reset", (string userName, ResetTwoFactor h, CancellationToken ct) => Answer(h.HandleAsync(userName, ct)));
    }

    private static async Task<Results<Ok<string>, ProblemHttpResult>> Answer(Task<Outcome<string>> outcome) => (await outcome).ToResult();
}
