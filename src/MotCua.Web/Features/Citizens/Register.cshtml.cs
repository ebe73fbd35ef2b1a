using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Citizens;

/// <summary>Đăng ký tài khoản công dân; a registered citizen is signed in at once.</summary>
[EnableRateLimiting(Throttling.Registration)]
public sealed class RegisterModel(RegisterCitizen register, SignInCitizen signIn) : FormPage
{
    [BindProperty]
    public RegisterRequest Input { get; set; } = new(null, null, null, null, null, null);

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var registered = await register.HandleAsync(Input, ct);
        if (registered.Failed)
        {
            Refuse(registered.Error);
            return Page();
        }

        var profile = registered.Value;
        return await CitizenSession.SignInAsync(this, signIn, new CitizenLoginRequest(profile.Email ?? profile.Phone, Input.Password), ReturnUrl, Refuse, ct);
    }
}
