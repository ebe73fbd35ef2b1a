using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Citizens;

public static class CitizenEndpoints
{
    public static IServiceCollection AddCitizens(this IServiceCollection services) => services
        .AddScoped<RegisterCitizen>().AddScoped<SignInCitizen>().AddScoped<UpdateProfile>().AddScoped<ReusableDocuments>()
        .AddScoped<SubmitOnline>().AddScoped<ListMyDossiers>().AddScoped<DownloadMyResult>().AddScoped<LinkDossier>();

    public static void MapCitizens(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/citizens").WithTags("Citizens").AllowAnonymous();
        open.MapPost("/", async (RegisterRequest r, RegisterCitizen h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(_ => "/api/v1/citizens/me"))
            .RequireRateLimiting(Throttling.Registration);
        open.MapPost("/login", async Task<Results<SignInHttpResult, ProblemHttpResult>> (CitizenLoginRequest r, SignInCitizen h, CancellationToken ct) =>
            {
                var outcome = await h.HandleAsync(r, BearerTokenDefaults.AuthenticationScheme, ct);
                return outcome.Failed
                    ? outcome.Error!.ToProblem()
                    : TypedResults.SignIn(outcome.Value, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            })
            .Produces<AccessTokenResponse>()
            .RequireRateLimiting(Throttling.Login);

        var me = app.MapGroup("/api/v1/citizens/me").WithTags("Citizens").RequireAuthorization(Policies.Citizen);
        me.MapGet("/", async (UpdateProfile h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(ct)));
        me.MapPut("/", async (ProfileRequest r, UpdateProfile h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToResult());
        me.MapGet("/documents", async (ReusableDocuments h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)));
        me.MapGet("/dossiers", (int? page, int? pageSize, ListMyDossiers h, CancellationToken ct) => OutcomeResults.Paged(page, pageSize, p => h.HandleAsync(p, ct)));

        // Multipart (procedureCode, unitCode, file{i} or reuse{i} per component): files and intake checked together.
        me.MapPost("/dossiers", async (IFormCollection form, SubmitOnline h, CancellationToken ct) =>
                (await h.HandleAsync(form["procedureCode"].ToString(), OnlineSubmission.From(form), ct)).ToCreated(d => $"/api/v1/citizens/me/dossiers/{d.Code}"))
            .DisableAntiforgery().Accepts<IFormCollection>("multipart/form-data").Produces<IntakeResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        me.MapPost("/dossiers/link", async (LinkRequest r, LinkDossier h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToResult())
            .RequireRateLimiting(Throttling.Public);
        me.MapGet("/dossiers/{code}/result", async (string code, DownloadMyResult h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToFile());
    }
}
