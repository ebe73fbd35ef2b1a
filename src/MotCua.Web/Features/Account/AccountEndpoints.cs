using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Account;

public static class AccountEndpoints
{
    public const string LoginLimiter = "login";

    /// <summary>
    /// Sign-in is throttled per client address to slow password guessing:
    /// <c>Security:LoginsPerMinute</c> attempts a minute (20 unless configured).
    /// </summary>
    public static IServiceCollection AddAccount(this IServiceCollection services, IConfiguration configuration) =>
        services.AddPerAddressLimit(LoginLimiter, configuration.GetValue("Security:LoginsPerMinute", 20)).AddScoped<SignIn>().AddScoped<GetMe>();

    public static void MapAccount(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Account");
        group.MapPost("/auth/login", async Task<Results<SignInHttpResult, ProblemHttpResult>> (LoginRequest r, SignIn h, CancellationToken ct) =>
            {
                var outcome = await h.HandleAsync(r, BearerTokenDefaults.AuthenticationScheme, ct);
                return outcome.Failed
                    ? outcome.Error!.ToProblem()
                    : TypedResults.SignIn(outcome.Value, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            })
            .Produces<AccessTokenResponse>()
            .RequireRateLimiting(LoginLimiter);
        group.MapGet("/me", async (GetMe h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct))).RequireAuthorization(Policies.Officer);
    }
}
