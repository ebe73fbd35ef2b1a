using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.PersonalData;

/// <summary>
/// The access log for the office: behind the officer policy, each unit's log for its overseers only (the handler
/// answers 403 to the others, 404 for a unit outside the officer's scope). Nothing writes to it but the reads it records.
/// </summary>
public static class PersonalDataEndpoints
{
    public static IServiceCollection AddPersonalData(this IServiceCollection services) => services
        .AddScoped<ListAccesses>().AddScoped<ExportAccesses>();

    public static void MapPersonalData(this IEndpointRouteBuilder app)
    {
        var officer = app.MapGroup("/api/v1/personal-data-access").WithTags("PersonalData").RequireAuthorization(Policies.Officer);
        officer.MapGet("/", ([AsParameters] AccessLogQuery q, int? page, int? pageSize, ListAccesses h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(q, p, ct)));
        officer.MapGet("/export", async ([AsParameters] AccessLogQuery q, ExportAccesses h, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToFile());
    }
}
