using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MotCua.Domain.Citizens;
using MotCua.Domain.Organization;
using MotCua.Web.Data;

namespace MotCua.Web.Common.Security;

public static class SecuritySetup
{
    private const string Smart = "CookieOrBearer";
    public const string CookieName = "motcua.auth";

    /// <summary>
    /// Cookies for the web UI, bearer tokens for the API, chosen per request by the Authorization
    /// header. Keys live in the database so that every app node can read every cookie and token.
    /// </summary>
    public static IServiceCollection AddMotCuaSecurity(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("MotCua").PersistKeysToDbContext<MotCuaDbContext>();
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, Smart, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/Account/Login";
                o.LogoutPath = "/Account/Logout";
                o.AccessDeniedPath = "/Account/Denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Events.OnRedirectToLogin = c => ApiStatusOrRedirect(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => ApiStatusOrRedirect(c, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        services.AddAuthorizationBuilder().SetDefaultPolicy(
            new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        Policies.Add(services.AddAuthorizationBuilder());
        services.AddHttpContextAccessor();
        services.AddSingleton<SessionStamps>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, SessionRevocation>();
        services.AddScoped<CurrentOfficer>();
        services.AddScoped<CurrentCitizen>();
        services.AddSingleton<IPasswordHasher<Officer>, PasswordHasher<Officer>>();
        services.AddSingleton<IPasswordHasher<Citizen>, PasswordHasher<Citizen>>();
        services.AddSingleton<AccountThrottle>().AddSingleton<SignInLockout>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PasswordSignIn<Officer>>(sp, new Officer { UserName = "", FullName = "" }));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PasswordSignIn<Citizen>>(sp, new Citizen { FullName = "", IdNumber = "" }));
        return services;
    }

    /// <summary>Where the citizens' pages live; their sign-in page is theirs too.</summary>
    public const string CitizenPages = "/cong-dan";

    public const string CitizenLogin = CitizenPages + "/dang-nhap";

    /// <summary>API callers get a problem-details status, browsers the sign-in page: the citizens' one for their pages.</summary>
    private static async Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext });
            return;
        }

        context.Response.Redirect(status == StatusCodes.Status401Unauthorized && context.Request.Path.StartsWithSegments(CitizenPages)
            ? CitizenLogin + QueryString.Create("returnUrl", context.Request.PathBase + context.Request.Path + context.Request.QueryString)
            : context.RedirectUri);
    }
}
