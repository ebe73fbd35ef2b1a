using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Reports;

public static class ReportEndpoints
{
    /// <summary>The period rules and forms of a request: the shipped ones with the versions the administrator saved.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) => services
        .AddScoped<ReportSettings>().AddScoped(sp => sp.GetRequiredService<ReportSettings>().Periods()).AddScoped(sp => sp.GetRequiredService<ReportSettings>().Forms())
        .AddScoped<EveryForms>().AddScoped<GetNarrative>().AddScoped<SaveNarrative>().AddScoped<IssueNarrative>().AddScoped<RemindReportDeadlines>().AddHostedService<Jobs.ReportReminderWorker>()
        .AddScoped<ReportSubjects>().AddScoped<ReportFigures>().AddScoped<IUnitCounts, FeedbackCounts>().AddScoped<IUnitCounts, OnlineServiceCounts>().AddScoped<IUnitCounts, PublicationCounts>().AddScoped<IUnitCounts, ReviewCounts>().AddScoped<LateReport>().AddScoped<ComputeReport>().AddScoped<ExportReport>()
        .AddScoped<ListForms>().AddScoped<SubmitReport>().AddScoped<DecideSubmission>().AddScoped<ListSubmissions>().AddScoped<GetSubmission>();

    public static void MapReports(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(Policies.Officer);
        officer.MapGet("/forms", (ListForms h) => TypedResults.Ok(h.Handle()));
        officer.MapGet("/narrative", ([AsParameters] NarrativeQuery q, GetNarrative h, CancellationToken ct) => h.ExportAsync(q.UnitCode, q.Period, q.Format, q.Accept, ct));
        officer.MapPut("/narrative", async ([AsParameters] NarrativeQuery q, NarrativeRequest r, SaveNarrative h, CancellationToken ct) => (await h.HandleAsync(q.UnitCode, q.Period, r, ct)).ToResult());
        officer.MapPost("/narrative/issue", async ([AsParameters] NarrativeQuery q, IssueNarrative h, CancellationToken ct) => (await h.HandleAsync(q.UnitCode, q.Period, ct)).ToResult());
        var admin = app.MapGroup("/api/v1/reports/settings").WithTags("Reports").RequireAuthorization(Policies.Administrator);
        admin.MapGet("/", async (ReportSettings h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)));
        admin.MapPost("/periods", async (HttpRequest request, ReportSettings h, CancellationToken ct) => (await h.SaveJsonAsync(VersionedResources.ReportPeriods, request.Body, ct))
            .ToCreated(v => $"/api/v1/reports/settings/periods/{Uri.EscapeDataString(v.Version)}")).Accepts<PeriodCalendar>("application/json");
        admin.MapPost("/forms", async (HttpRequest request, ReportSettings h, CancellationToken ct) => (await h.SaveJsonAsync(VersionedResources.ReportForms, request.Body, ct))
            .ToCreated(v => $"/api/v1/reports/settings/forms/{Uri.EscapeDataString(v.Version)}")).Accepts<ReportForm>("application/json");
        admin.MapGet("/periods/{version}", async (string version, ReportSettings h, CancellationToken ct) => (await h.FindAsync(VersionedResources.ReportPeriods, version, ct)).ToResult());
        admin.MapGet("/forms/{version}", async (string version, ReportSettings h, CancellationToken ct) => (await h.FindAsync(VersionedResources.ReportForms, version, ct)).ToResult());
        officer.MapGet("/{form}", ([AsParameters] ReportQuery q, string form, ExportReport h, CancellationToken ct) => h.HandleAsync(form, q, ct));
        officer.MapPost("/{form}/submissions", async (string form, SubmissionRequest r, SubmitReport h, CancellationToken ct) => (await h.HandleAsync(form, r, ct)).ToCreated(s => $"/api/v1/reports/{s.Form}/submissions/{s.Id}"));
        officer.MapGet("/{form}/submissions", async (string form, string? parentUnitCode, string? period, ListSubmissions h, CancellationToken ct) => (await h.HandleAsync(form, parentUnitCode, period, ct)).ToResult());
        officer.MapGet("/{form}/submissions/{id:guid}", async (string form, Guid id, GetSubmission h, CancellationToken ct) => (await h.FiguresAsync(form, id, ct)).ToResult());
        officer.MapGet("/{form}/submissions/{id:guid}/pdf", async (string form, Guid id, GetSubmission h, CancellationToken ct) => (await h.PdfAsync(form, id, ct)).ToFile());
        officer.MapPost("/{form}/submissions/{id:guid}/accept", async (string form, Guid id, DecideSubmission h, CancellationToken ct) => (await h.HandleAsync(form, id, true, null, ct)).ToResult());
        officer.MapPost("/{form}/submissions/{id:guid}/return", async (string form, Guid id, ReturnRequest r, DecideSubmission h, CancellationToken ct) => (await h.HandleAsync(form, id, false, r, ct)).ToResult());
    }
}
