using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Dossiers;

public static class DossierEndpoints
{
    public static IServiceCollection AddDossiers(this IServiceCollection services) => services
        .AddScoped<DossierPermissions>().AddScoped<PersonalDataLog>().AddScoped<ReceiveDossier>().AddScoped<GetDossier>().AddScoped<ListDossiers>().AddScoped<CountInbox>().AddScoped<OfficerActions>().AddScoped<ListAssignees>()
        .AddScoped<ApplyAction>().AddScoped<PublicLookup>().AddScoped<FindApplicant>().AddScoped<PrintDocument>().AddScoped<MostUsedProcedures>()
        .AddScoped<ImportDossiers>().AddScoped<ImportedDossierWriter>().AddScoped<DeskUnits>()
        .AddScoped<WatchLateness>().AddScoped<ListReminders>().AddHostedService<Jobs.LatenessWorker>()
        .AddScoped<DossierRegister>().AddScoped<AttachFile>().AddScoped<DownloadAttachment>().AddScoped<IssueResult>()
        .AddScoped<ListLateDossiers>().AddScoped<StepRecords>().AddScoped<SendDailyDigest>().AddHostedService<Jobs.DigestWorker>();

    public static void MapDossiers(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.Officer);
        officer.MapPost("/", async (IntakeRequest r, ReceiveDossier h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(d => $"/api/v1/dossiers/{d.Code}"));
        officer.MapGet("/", async ([AsParameters] DossierQuery q, int? page, int? pageSize, string? after, ListDossiers h, CancellationToken ct) => (await h.HandleAsync(q, page, pageSize, after, ct)).ToResult());
        officer.MapGet("/inbox", async (CountInbox h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)));
        officer.MapGet("/reminders", async (ListReminders h, string? code, CancellationToken ct) =>
            (code is null ? await h.HandleAsync(ct) : await h.ForDossierAsync(code, ct)).ToResult());
        officer.MapGet("/late", async ([AsParameters] LateQuery q, ListLateDossiers h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToResult());
        officer.MapGet("/register", async ([AsParameters] RegisterQuery q, DossierRegister h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToFile());
        officer.MapGet("/{code}", async (string code, GetDossier h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
        officer.MapGet("/{code}/assignees", async (string code, ListAssignees h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
        officer.MapGet("/{code}/documents/{kind}", async (string code, string kind, PrintDocument h, HttpResponse response, CancellationToken ct) => (await h.HandleAsync(code, kind, ct)).ToFile(response));
        officer.MapPost("/{code}/actions/{action}", async (string code, string action, ActionRequest r, ApplyAction h, IssueResult result, CancellationToken ct) =>
            (action == DossierActions.Name(DossierAction.IssueResult)
                ? await result.HandleAsync(code, null, r.ResultKind, r.Note, false, ct)
                : await h.HandleAsync(code, action, r, ct)).ToResult());

        // Multipart uploads under a bearer token, as the catalog import: the pages post their own forms with a token.
        officer.MapPost("/{code}/attachments", async (string code, [FromForm] string? component, IFormFile? file, AttachFile h, CancellationToken ct) => (await h.HandleAsync(code, component, file, ct)).ToCreated(a => $"/api/v1/dossiers/{code}/attachments/{a.Id}"))
            .DisableAntiforgery().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        officer.MapGet("/{code}/attachments/{id:guid}", async (string code, Guid id, DownloadAttachment h, CancellationToken ct) => (await h.HandleAsync(code, id, ct)).ToFile());
        officer.MapPost("/{code}/result", async (string code, IFormFile? file, [FromForm] string? resultKind, [FromForm] string? note, [FromForm] bool? pushToPersonalStore, IssueResult h, CancellationToken ct) => (await h.HandleAsync(code, file, resultKind, note, pushToPersonalStore ?? false, ct)).ToResult())
            .DisableAntiforgery().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        app.MapPost("/api/v1/dossiers/import", ImportAsync).WithTags("Dossiers").RequireAuthorization(Policies.Administrator)
            .Accepts<ImportLine>("application/x-ndjson").Produces<DossierImportReport>().ProducesProblem(StatusCodes.Status400BadRequest);

        var open = app.MapGroup("/api/v1/public/dossiers").WithTags("Public").RequireRateLimiting(Throttling.Public).AllowAnonymous();
        open.MapGet("/{code}", async (string code, PublicLookup h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
    }

    /// <summary>Historical dossiers as JSON lines; the body is read up to its limit, never whole beyond it.</summary>
    private static async Task<Results<Ok<DossierImportReport>, ProblemHttpResult>> ImportAsync(HttpRequest request, ImportDossiers h, CancellationToken ct)
    {
        var body = await BoundedBody.ReadAsync(request.Body, ImportDossiers.MaxBytes, ct);
        return body.Failed ? body.Error.ToProblem() : (await h.HandleAsync(body.Value, ct)).ToResult();
    }
}
