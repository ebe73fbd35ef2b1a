namespace MotCua.Web.Common.Security;

/// <summary>
/// The headers every answer carries: pages, API, static files and error pages alike. They are written when the answer
/// starts, because the error handler clears the headers of a failed answer before it writes the error page.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles come from wwwroot only, so markup slipped into a page (an applicant's name, a feedback text)
    /// cannot run or restyle anything; no page is framed (the kiosk is a full-screen browser, not a frame). Forms post
    /// to the application, or to the origins of <c>Security:FormActionOrigins</c> (a payment gateway the citizen's
    /// browser is redirected to after the payment form).
    /// </summary>
    public static string ContentSecurityPolicy(IEnumerable<string> formActionOrigins) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; " +
        $"form-action {string.Join(' ', ["'self'", .. formActionOrigins])}; frame-ancestors 'none'";

    public static WebApplication UseMotCuaSecurityHeaders(this WebApplication app)
    {
        var policy = ContentSecurityPolicy(app.Configuration.GetSection("Security:FormActionOrigins").Get<string[]>() ?? []);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;

                // An endpoint may bring its own policy (the API reference page runs the inline script of its package).
                headers.ContentSecurityPolicy = context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyOverride>()?.Policy ?? policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}

/// <summary>Endpoint metadata: the Content-Security-Policy of this endpoint's answers instead of the application's.</summary>
public sealed record ContentSecurityPolicyOverride(string Policy);
