using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Citizens;

/// <summary>The citizens' pages sign in with the officers' cookie, under the citizen's own claims.</summary>
public static class CitizenSession
{
    public const string Home = "/cong-dan/ho-so";

    /// <summary>Signs the citizen in with a cookie and goes back where he came from, or to his dossiers.</summary>
    public static async Task<IActionResult> SignInAsync(PageModel page, SignInCitizen signIn, CitizenLoginRequest login, string? returnUrl, Action<Error> refuse, CancellationToken ct)
    {
        var outcome = await signIn.HandleAsync(login, CookieAuthenticationDefaults.AuthenticationScheme, ct);
        if (outcome.Failed)
        {
            refuse(outcome.Error);
            return page.Page();
        }

        await page.HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Value);
        return page.LocalRedirect(page.Url.IsLocalUrl(returnUrl) ? returnUrl! : Home);
    }
}
