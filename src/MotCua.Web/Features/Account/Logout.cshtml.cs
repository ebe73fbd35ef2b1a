using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Account;

/// <summary>Signs out an officer, back to the officers' sign-in, or a citizen, back to the portal's home page.</summary>
public sealed class LogoutModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        var citizen = CitizenClaims.IdOf(User) is not null;
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect(citizen ? "/" : "/Account/Login");
    }
}
