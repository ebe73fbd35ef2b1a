using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Citizens;

[EnableRateLimiting(Throttling.Login)]
public sealed class LoginModel(SignInCitizen signIn) : FormPage
{
    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        CitizenSession.SignInAsync(this, signIn, new CitizenLoginRequest(Login, Password), ReturnUrl, Refuse, ct);
}
