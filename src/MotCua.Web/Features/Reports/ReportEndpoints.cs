using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Reports;

public static class ReportEndpoints
{
    /// <summary>The shipped period rules and forms are read and checked once: edited versions will come from the database.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) => services
        .AddSingleton(_ => ReportPeriods.Shipped()).AddSingleton(_ => ReportForms.Shipped())
        .AddScoped<ReportSubjects>().AddScoped<ReportFigures>().AddScoped<LateReport>().AddScoped<ComputeReport>().AddScoped<ExportReport>()
        .AddScoped<ListForms>().AddScoped<SubmitReport>().AddScoped<DecideSubmission>().AddScoped<ListSubmissions>().AddScoped<GetSubmission>();

    public static void MapReports(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(Policies.Officer);
        officer.MapGet("/forms", (ListForms h) => TypedResults.Ok(h.Handle()));
        officer.MapGet("/{form}", ([AsParameters] ReportQuery q, string form, ExportReport h, CancellationToken ct) => h.HandleAsync(form, q, ct));
        officer.MapPost("/{form}/submissions", async (string form, SubmissionRequest r, SubmitReport h, CancellationToken ct) => (await h.HandleAsync(form, r, ct)).ToCreated(s => $"/api/v1/reports/{s.Form}/submissions/{s.Id}"));
        officer.MapGet("/{form}/submissions", async (string form, string? parentUnitCode, string? period, ListSubmissions h, CancellationToken ct) => (await h.HandleAsync(form, parentUnitCode, period, ct)).ToResult());
        officer.MapGet("/{form}/submissions/{id:guid}", async (string form, Guid id, GetSubmission h, CancellationToken ct) => (await h.FiguresAsync(form, id, ct)).ToResult());
        officer.MapGet("/{form}/submissions/{id:guid}/pdf", async (string form, Guid id, GetSubmission h, CancellationToken ct) => (await h.PdfAsync(form, id, ct)).ToFile());
        officer.MapPost("/{form}/submissions/{id:guid}/accept", async (string form, Guid id, DecideSubmission h, CancellationToken ct) => (await h.HandleAsync(form, id, true, null, ct)).ToResult());
        officer.MapPost("/{form}/submissions/{id:guid}/return", async (string form, Guid id, ReturnRequest r, DecideSubmission h, CancellationToken ct) => (await h.HandleAsync(form, id, false, r, ct)).ToResult());
    }
}
