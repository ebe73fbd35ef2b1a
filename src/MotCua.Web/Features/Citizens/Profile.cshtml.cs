using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Citizens;

/// <summary>Thông tin tài khoản: the citizen changes his e-mail, phone and address, and his password.</summary>
public sealed class ProfileModel(UpdateProfile profile, ChangePassword changePassword) : FormPage
{
    public CitizenProfile? Current { get; private set; }

    [BindProperty]
    public ProfileRequest Input { get; set; } = new(null, null, null);

    [BindProperty]
    public PasswordChange Password { get; set; } = new(null, null);

    public bool Saved { get; private set; }

    public bool PasswordChanged { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        var saved = await profile.HandleAsync(Input, ct);
        Current = await profile.GetAsync(ct);
        Saved = !saved.Failed;
        if (saved.Failed)
        {
            Refuse(saved.Error);
        }
    }

    public async Task OnPostPasswordAsync(CancellationToken ct)
    {
        var changed = await changePassword.HandleAsync(Password, CookieAuthenticationDefaults.AuthenticationScheme, ct);
        await LoadAsync(ct);
        if (changed.Failed)
        {
            Refuse(changed.Error);
            return;
        }

        // His own session goes on under the new security stamp; the others keep the old one.
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, changed.Value);
        PasswordChanged = true;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await profile.GetAsync(ct);
        Input = new ProfileRequest(Current.Email, Current.Phone, Current.Address);
    }
}
