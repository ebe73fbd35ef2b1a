using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Account;

/// <summary>
/// The officers' sign-in: the password, then, for an officer whose two-factor sign-in is on, his code in a second step
/// carrying a short-lived ticket (nobody is signed in between the two).
/// </summary>
[EnableRateLimiting(Throttling.Login)]
public sealed class LoginModel(SignIn signIn, SignInLockout lockout, TwoFactorRequirement requirement) : FormPage
{
    /// <summary>A locked account is refused as a wrong password is, so the page says how the lock works.</summary>
    public SignInLockout Lockout => lockout;

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set once the password is right and a code is wanted: the page shows the code step.</summary>
    [BindProperty]
    public string? Ticket { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var first = await signIn.BeginAsync(new LoginRequest(UserName, Password), ct);
        if (first.Failed)
        {
            Refuse(first.Error);
            return Page();
        }

        Ticket = first.Value.Ticket;
        return first.Value.Principal is { } principal ? await EnterAsync(principal) : Page();
    }

    public async Task<IActionResult> OnPostCodeAsync(CancellationToken ct)
    {
        var outcome = await signIn.CompleteAsync(Ticket, Code, ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            Ticket = outcome.Error == Account.SignIn.Expired ? null : Ticket;
            return Page();
        }

        return await EnterAsync(outcome.Value);
    }

    /// <summary>One who must still turn on two-factor sign-in goes to its page, where he is kept until he has.</summary>
    private async Task<IActionResult> EnterAsync(ClaimsPrincipal principal)
    {
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(requirement.MustEnrol(principal) ? TwoFactorRequirement.EnrolmentPage : Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
