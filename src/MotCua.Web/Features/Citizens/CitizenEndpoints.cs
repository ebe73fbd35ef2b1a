using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Citizens;

public static class CitizenEndpoints
{
    public static IServiceCollection AddCitizens(this IServiceCollection services) => services
        .AddScoped<RegisterCitizen>().AddScoped<SignInCitizen>().AddScoped<UpdateProfile>().AddScoped<ReusableDocuments>().AddScoped<HomeUnit>()
        .AddScoped<SubmitOnline>().AddScoped<ListMyDossiers>().AddScoped<ListDossierReaders>().AddScoped<DownloadMyResult>().AddScoped<LinkDossier>()
        .AddScoped<ChangePassword>().AddScoped<RequestPasswordReset>().AddScoped<ResetPassword>();

    public static void MapCitizens(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/citizens").WithTags("Citizens").AllowAnonymous();
        open.MapPost("/", async (RegisterRequest r, RegisterCitizen h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToCreated(_ => "/api/v1/citizens/me"))
            .RequireRateLimiting(Throttling.Registration);
        open.MapPost("/login", async (CitizenLoginRequest r, SignInCitizen h, CancellationToken ct) => BearerToken(await h.HandleAsync(r, BearerTokenDefaults.AuthenticationScheme, ct)))
            .Produces<AccessTokenResponse>()
            .RequireRateLimiting(Throttling.Login);

        // Anyone may ask for a code: throttled as the other anonymous requests, each code's tries limited by ResetPassword.
        var reset = app.MapGroup("/api/v1/citizens/password-reset").WithTags("Citizens").RequireRateLimiting(Throttling.Public).AllowAnonymous();
        reset.MapPost("/", async Task<Results<Accepted<PasswordResetSent>, ProblemHttpResult>> (PasswordResetRequest r, RequestPasswordReset h, CancellationToken ct) =>
            {
                var sent = await h.HandleAsync(r, ct);
                return sent.Failed ? sent.Error.ToProblem() : TypedResults.Accepted((string?)null, sent.Value);
            });
        reset.MapPost("/confirm", async Task<Results<NoContent, ProblemHttpResult>> (PasswordResetConfirmation r, ResetPassword h, CancellationToken ct) =>
            await h.HandleAsync(r, ct) is { } refused ? refused.ToProblem() : TypedResults.NoContent());

        var me = app.MapGroup("/api/v1/citizens/me").WithTags("Citizens").RequireAuthorization(Policies.Citizen);
        me.MapGet("/", async (UpdateProfile h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(ct)));
        me.MapPut("/", async (ProfileRequest r, UpdateProfile h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToResult());

        // A new token under the new security stamp: the old ones belong to the old password.
        me.MapPut("/password", async (PasswordChange r, ChangePassword h, CancellationToken ct) => BearerToken(await h.HandleAsync(r, BearerTokenDefaults.AuthenticationScheme, ct)))
            .Produces<AccessTokenResponse>();
        me.MapGet("/documents", async (ReusableDocuments h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)));
        me.MapGet("/dossiers", (int? page, int? pageSize, ListMyDossiers h, CancellationToken ct) => OutcomeResults.Paged(page, pageSize, p => h.HandleAsync(p, ct)));

        // Multipart (procedureCode, unitCode, file{i} or reuse{i} per component): files and intake checked together.
        me.MapPost("/dossiers", async (IFormCollection form, SubmitOnline h, CancellationToken ct) =>
                (await h.HandleAsync(form["procedureCode"].ToString(), OnlineSubmission.From(form), ct)).ToCreated(d => $"/api/v1/citizens/me/dossiers/{d.Code}"))
            .DisableAntiforgery().Accepts<IFormCollection>("multipart/form-data").Produces<IntakeResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        me.MapPost("/dossiers/link", async (LinkRequest r, LinkDossier h, CancellationToken ct) => (await h.HandleAsync(r, ct)).ToResult())
            .RequireRateLimiting(Throttling.Public);
        me.MapGet("/dossiers/{code}/accesses", (string code, int? page, int? pageSize, ListDossierReaders h, CancellationToken ct) => OutcomeResults.PagedOutcome(page, pageSize, p => h.HandleAsync(code, p, ct)));
        me.MapGet("/dossiers/{code}/result", async (string code, DownloadMyResult h, CancellationToken ct) => (await h.HandleAsync(code, ct)).ToFile());
    }

    private static Results<SignInHttpResult, ProblemHttpResult> BearerToken(Outcome<ClaimsPrincipal> signedIn) => signedIn.Failed
        ? signedIn.Error.ToProblem()
        : TypedResults.SignIn(signedIn.Value, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
}
