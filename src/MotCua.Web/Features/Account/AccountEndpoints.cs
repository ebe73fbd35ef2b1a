using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Account;

public static class AccountEndpoints
{
    public static IServiceCollection AddAccount(this IServiceCollection services) => services
        .AddScoped<SignIn>().AddScoped<GetMe>().AddSingleton<TimedTickets>().AddSingleton<AuthenticatorKeys>().AddScoped<SecondFactor>()
        .AddScoped<EnrolAuthenticator>().AddScoped<TwoFactorStatus>().AddScoped<RenewRecoveryCodes>().AddScoped<DisableTwoFactor>();

    public static void MapAccount(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Account");
        group.MapPost("/auth/login", async Task<Results<SignInHttpResult, ProblemHttpResult>> (LoginRequest r, SignIn h, CancellationToken ct) =>
            {
                var outcome = await h.HandleAsync(r, BearerTokenDefaults.AuthenticationScheme, ct);
                return outcome.Failed
                    ? outcome.Error.ToProblem()
                    : TypedResults.SignIn(outcome.Value, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            })
            .Produces<AccessTokenResponse>()
            .RequireRateLimiting(Throttling.Login)
            .AllowAnonymous();
        group.MapGet("/me", async (GetMe h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct))).RequireAuthorization(Policies.Officer);
    }
}
