using MotCua.Domain.Reports;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Reports;

public static class ReportEndpoints
{
    /// <summary>The shipped period rules and forms are read and checked once: edited versions will come from the database.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) => services
        .AddSingleton(_ => ReportPeriods.Shipped()).AddSingleton(_ => ReportForms.Shipped())
        .AddScoped<ReportSubjects>().AddScoped<ReportFigures>().AddScoped<LateReport>().AddScoped<ComputeReport>().AddScoped<ExportReport>()
        .AddScoped<ListForms>();

    public static void MapReports(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(Policies.Officer);
        officer.MapGet("/forms", (ListForms h) => TypedResults.Ok(h.Handle()));
        officer.MapGet("/{form}", ([AsParameters] ReportQuery q, string form, ExportReport h, CancellationToken ct) => h.HandleAsync(form, q, ct));
    }
}
