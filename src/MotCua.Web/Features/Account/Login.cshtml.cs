using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Account;

[EnableRateLimiting(Throttling.Login)]
public sealed class LoginModel(SignIn signIn, SignInLockout lockout) : FormPage
{
    /// <summary>A locked account is refused as a wrong password is, so the page says how the lock works.</summary>
    public SignInLockout Lockout => lockout;

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await signIn.HandleAsync(new LoginRequest(UserName, Password), CookieAuthenticationDefaults.AuthenticationScheme, ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error!);
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Value);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
