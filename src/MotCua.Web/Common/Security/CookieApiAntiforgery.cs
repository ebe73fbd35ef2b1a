using Microsoft.AspNetCore.Antiforgery;

namespace MotCua.Web.Common.Security;

/// <summary>
/// A write to the API made with the sign-in cookie must carry an anti-forgery token (header
/// <c>RequestVerificationToken</c> or form field <c>__RequestVerificationToken</c>): the browser sends the cookie with
/// any request another site makes it send, a bearer token only the caller can add. The multipart endpoints turn the
/// framework's form check off so that bearer callers need no token; this check covers them for cookie callers.
/// </summary>
public static class CookieApiAntiforgery
{
    private static readonly Error Missing = new(
        "antiforgery", StatusCodes.Status400BadRequest,
        new("Thiếu mã chống giả mạo yêu cầu", "Missing anti-forgery token"),
        new("Yêu cầu ghi đăng nhập bằng cookie phải kèm mã chống giả mạo (RequestVerificationToken) hoặc dùng bearer token.",
            "A write signed in with the cookie must carry the anti-forgery token (RequestVerificationToken), or use a bearer token."));

    public static WebApplication UseCookieApiAntiforgery(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (NeedsToken(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                await Missing.ToProblem().ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>Reads (GET, HEAD, OPTIONS, TRACE) pass: the anti-forgery check lets them through itself.</summary>
    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") && context.User.Identity?.IsAuthenticated == true && !SecuritySetup.CarriesBearer(context.Request);
}
