namespace MotCua.Web.Common.Security;

/// <summary>
/// Keeps an officer whose roles require a second factor he has not set up (<see cref="TwoFactorRequirement.MustEnrol"/>)
/// on the enrolment page: any other page sends him there, any API call answers a 403 problem saying so. He may still
/// sign out. Read from the session's claims on each request, so that a role granted later, or the setting changed,
/// applies without a database read.
/// </summary>
public sealed class TwoFactorGate(RequestDelegate next, TwoFactorRequirement requirement)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path;
        if (!requirement.MustEnrol(http.User)
            || path.StartsWithSegments(TwoFactorRequirement.EnrolmentPage, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase))
        {
            await next(http);
            return;
        }

        if (path.StartsWithSegments("/api"))
        {
            await TwoFactorRequirement.EnrolFirst.ToProblem().ExecuteAsync(http);
            return;
        }

        http.Response.Redirect(TwoFactorRequirement.EnrolmentPage);
    }
}
