using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.FocalOfficers;

public static class FocalOfficerEndpoints
{
    public static IServiceCollection AddFocalOfficers(this IServiceCollection services) => services.AddScoped<FocalOfficerLists>().AddScoped<PrintFocalOfficers>();

    public static void MapFocalOfficers(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/focal-officers").WithTags("Focal officers").RequireAuthorization(Policies.Officer);
        read.MapGet("/", async ([AsParameters] FocalOfficerQuery q, FocalOfficerLists h, CancellationToken ct) => (await h.ListAsync(q, ct)).ToResult());
        read.MapGet("/print", async ([AsParameters] FocalOfficerQuery q, PrintFocalOfficers h, HttpResponse response, CancellationToken ct) => (await h.HandleAsync(q, ct)).ToFile(response));
        read.MapGet("/export", async ([AsParameters] FocalOfficerQuery q, FocalOfficerLists h, CancellationToken ct) => (await h.ExportAsync(q, ct)).ToFile());

        var write = app.MapGroup("/api/v1/focal-officers").WithTags("Focal officers").RequireAuthorization(Policies.CatalogEditor);
        write.MapPost("/", async (FocalOfficerRequest r, FocalOfficerLists h, CancellationToken ct) => (await h.AddAsync(r, ct)).ToCreated(o => $"/api/v1/focal-officers/{o.Id}"));
        write.MapDelete("/{id:guid}", async (Guid id, FocalOfficerLists h, CancellationToken ct) => (await h.RemoveAsync(id, ct)).ToResult());
    }
}
