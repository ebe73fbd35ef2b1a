using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using MotCua.Web.Data;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Honours an officer's cookie or bearer token only while it carries his current security stamp: once he is
/// deactivated, his password changed or his grants changed, the request goes on as anonymous (401 on the API, the
/// sign-in page in the browser) and a cookie is removed. Claims are never trusted past a revocation.
/// </summary>
public sealed class SessionValidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, SessionStamps stamps, MotCuaDbContext db)
    {
        if (OfficerClaims.IdOf(http.User) is { } id
            && !await stamps.IsCurrentAsync(db, id, http.User.FindFirst(OfficerClaims.Stamp)?.Value, http.RequestAborted))
        {
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (http.Request.Cookies.ContainsKey(SecuritySetup.CookieName))
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }
        }

        await next(http);
    }
}
