using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using MotCua.Domain.Citizens;
using MotCua.Domain.Organization;

namespace MotCua.Web.Common.Security;

public static class SecuritySetup
{
    private const string Smart = "CookieOrBearer";
    public const string CookieName = "motcua.auth";

    /// <summary>
    /// Cookies for the web UI, bearer tokens for the API, chosen per request by the Authorization
    /// header. Keys live in the database (encrypted, see <see cref="DataProtectionSetup"/>) so that every app node can
    /// read every cookie and token.
    /// </summary>
    public static IServiceCollection AddMotCuaSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddMotCuaDataProtection(configuration, environment);

        // Every cookie (sign-in, anti-forgery, language) is Secure on HTTPS — as the client asked it, behind a trusted
        // proxy — and always in Production, which is served over HTTPS only.
        services.Configure<CookiePolicyOptions>(o => o.Secure = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);

        // A year, the usual figure; not the subdomains, which may be other offices' sites under the same domain.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, Smart, o => o.ForwardDefaultSelector = http =>
                CarriesBearer(http.Request) ? BearerTokenDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme)
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
        services.AddSingleton<AccountThrottle>().AddSingleton<SignInLockout>().AddSingleton<TwoFactorRequirement>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PasswordSignIn<Officer>>(sp, new Officer { UserName = "", FullName = "" }));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PasswordSignIn<Citizen>>(sp, new Citizen { FullName = "", IdNumber = "" }));
        return services;
    }

    /// <summary>
    /// The security of every answer, first in the pipeline: the client's address and scheme from a trusted proxy,
    /// HSTS in Production, secure cookies and the security headers.
    /// </summary>
    public static WebApplication UseMotCuaSecurity(this WebApplication app)
    {
        app.UseTrustedProxies();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        app.UseMotCuaSecurityHeaders();
        if (!DataProtectionSetup.IsEncrypted(app.Configuration))
        {
            app.Logger.LogWarning("The data-protection keys are stored unencrypted in the database: DataProtection:Certificate:Path is not set (refused in Production).");
        }

        return app;
    }

    /// <summary>A request authenticated by its bearer token; any other is authenticated by the sign-in cookie.</summary>
    public static bool CarriesBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

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
