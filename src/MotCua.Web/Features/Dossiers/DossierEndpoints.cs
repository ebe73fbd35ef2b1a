using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Dossiers;

public static class DossierEndpoints
{
    public static IServiceCollection AddDossiers(this IServiceCollection services) => services
        .AddScoped<DossierPermissions>().AddScoped<ReceiveDossier>().AddScoped<GetDossier>().AddScoped<ListDossiers>()
        .AddScoped<ApplyAction>().AddScoped<PublicLookup>().AddScoped<FindApplicant>().AddScoped<PrintDocument>();

    public static void MapDossiers(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.Officer);
        officer.MapPost("/", async (IntakeRequest r, ReceiveDossier h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(d => $"/api/v1/dossiers/{d.Code}"));
        officer.MapGet("/", ([AsParameters] DossierQuery q, int? page, int? pageSize, ListDossiers h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(q, p, ct)));
        officer.MapGet("/{code}", async (string code, GetDossier h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
        officer.MapGet("/{code}/documents/{kind}", async (string code, string kind, PrintDocument h, CancellationToken ct) => (await h.HandleAsync(code, kind, ct)).ToFile());
        officer.MapPost("/{code}/actions/{action}", async (string code, string action, ActionRequest r, ApplyAction h, CancellationToken ct) => (await h.HandleAsync(code, action, r, ct)).ToResult());

        var open = app.MapGroup("/api/v1/public/dossiers").WithTags("Public");
        open.MapGet("/{code}", async (string code, PublicLookup h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
    }
}
