using MotCua.Web.Common.Security;
using Scalar.AspNetCore;

namespace MotCua.Web.Common;

/// <summary>
/// The OpenAPI document and the Scalar reference page, served when <c>Api:Documentation</c> is on: by default in
/// Development and Testing, not in Production, where they would show every route and parameter to anyone.
/// </summary>
public static class ApiDocumentation
{
    public const string ReferencePath = "/scalar";

    /// <summary>
    /// The reference page runs its package's inline script and styles, and its bundle calls eval; it is a developer's
    /// page, off in Production, so it alone gets them while every other answer keeps the strict policy.
    /// </summary>
    private static readonly ContentSecurityPolicyOverride ReferencePolicy = new(
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");

    public static bool IsServed(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Api:Documentation", environment.IsDevelopment() || environment.IsEnvironment("Testing"));

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        if (IsServed(app.Configuration, app.Environment))
        {
            app.MapOpenApi("/openapi/{documentName}.json");

            // The package's default fonts come from its CDN, which the policy (and an offline office) would not reach.
            app.MapScalarApiReference(ReferencePath, o => o.DisableDefaultFonts()).WithMetadata(ReferencePolicy);
        }

        return app;
    }
}
