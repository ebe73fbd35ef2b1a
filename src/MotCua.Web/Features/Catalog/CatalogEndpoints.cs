using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Catalog;

public static class CatalogEndpoints
{
    public static IServiceCollection AddCatalog(this IServiceCollection services) => services
        .AddScoped<SearchProcedures>().AddScoped<GetProcedure>().AddScoped<ListFields>().AddScoped<SaveProcedure>()
        .AddScoped<RetireProcedure>().AddScoped<ProcedureHistory>().AddScoped<SaveProcessSteps>().AddScoped<ImportProcedures>()
        .AddScoped<SaveFormTemplate>().AddScoped<FormTemplates>().AddScoped<ProcedureLinks>()
        .AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, ProcedureLinkDating>();

    public static void MapCatalog(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/procedures").WithTags("Catalog").AllowAnonymous();
        read.MapGet("/", ([AsParameters] ProcedureQuery q, int? page, int? pageSize, SearchProcedures h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(q, p, ct)));
        read.MapGet("/fields", async (ListFields h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)));
        read.MapGet("/life-events", () => TypedResults.Ok(LifeEvents.All));
        read.MapGet("/{code}", async (string code, GetProcedure h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());
        read.MapGet("/{code}/components/{index:int}/template", async (string code, int index, FormTemplates h, CancellationToken ct) => (await h.DownloadAsync(code, index, ct)).ToFile());
        read.MapGet("/{code}/revisions", async (string code, ProcedureHistory h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToResult());

        var write = app.MapGroup("/api/v1/procedures").WithTags("Catalog").RequireAuthorization(Policies.CatalogEditor);
        write.MapPost("/", async (ProcedureInput input, SaveProcedure h, CancellationToken ct) => (await h.CreateAsync(input, ct)).ToCreated(p => $"/api/v1/procedures/{p.Code}"));
        write.MapPut("/{code}", async (string code, int? baseVersion, ProcedureInput input, SaveProcedure h, CancellationToken ct) => (await h.AmendAsync(code, baseVersion, input, ct)).ToResult());
        write.MapPut("/{code}/steps", async (string code, SaveStepsRequest r, SaveProcessSteps h, CancellationToken ct) => (await h.HandleAsync(code, r, ct)).ToResult());
        write.MapPut("/{code}/components/{index:int}/template", async (string code, int index, IFormFile? file, SaveFormTemplate h, CancellationToken ct) => (await h.HandleAsync(code, index, file, ct)).ToResult())
            .DisableAntiforgery().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        write.MapPost("/{code}/abolish", async (string code, RetireRequest r, RetireProcedure h, CancellationToken ct) => (await h.HandleAsync(code, replace: false, r, ct)).ToResult());
        write.MapPost("/{code}/replace", async (string code, RetireRequest r, RetireProcedure h, CancellationToken ct) => (await h.HandleAsync(code, replace: true, r, ct)).ToResult());
        write.MapPost("/import", ImportAsync).Produces<ImportReport>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .Accepts<IReadOnlyList<ProcedureInput>>("application/json", "multipart/form-data", "text/csv", ImportTemplate.XlsxContentType, "application/octet-stream").DisableAntiforgery();
        write.MapGet("/import/template", (string? format) => format?.ToLowerInvariant() == "csv"
            ? TypedResults.File(ImportTemplate.Csv(), "text/csv; charset=utf-8", "mau-nhap-tthc.csv")
            : TypedResults.File(ImportTemplate.Xlsx(), ImportTemplate.XlsxContentType, "mau-nhap-tthc.xlsx"));
    }

    /// <summary>JSON array in the body, or a spreadsheet as multipart <c>file</c> or as the raw body.</summary>
    private static async Task<IResult> ImportAsync(HttpRequest request, ImportProcedures h, CancellationToken ct)
    {
        if (request.HasJsonContentType())
        {
            var items = await RequestBodies.JsonAsync<List<ProcedureInput>>(request, ct);
            return items.Failed ? items.Error.ToProblem() : (await h.FromJsonAsync(items.Value, ct)).ToResult();
        }

        var body = request.HasFormContentType ? await RequestBodies.FileAsync(request, "file", ct) : request.Body;
        if (body.Failed)
        {
            return body.Error.ToProblem();
        }

        await using (body.Value)
        {
            var content = await BoundedBody.ReadAsync(body.Value, ImportFile.MaxBytes, ct);
            return content.Failed ? content.Error.ToProblem() : (await h.FromFileAsync(content.Value, ct)).ToResult();
        }
    }
}
