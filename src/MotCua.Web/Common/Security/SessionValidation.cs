using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using MotCua.Web.Data;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Honours an officer's or a citizen's cookie or bearer token only while it carries his current security stamp: once
/// an officer is deactivated, his password changed or his grants changed, or a citizen's password changed or was reset, the request goes on as anonymous (401 on the API, the
/// sign-in page in the browser) and a cookie is removed. Claims are never trusted past a revocation.
/// </summary>
public sealed class SessionValidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, SessionStamps stamps, MotCuaDbContext db)
    {
        var revoked = OfficerClaims.IdOf(http.User) is { } officer
            ? !await stamps.OfficerIsCurrentAsync(db, officer, http.User.FindFirst(OfficerClaims.Stamp)?.Value, http.RequestAborted)
            : CitizenClaims.IdOf(http.User) is { } citizen
              && !await stamps.CitizenIsCurrentAsync(db, citizen, http.User.FindFirst(CitizenClaims.Stamp)?.Value, http.RequestAborted);
        if (revoked)
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
