using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Citizens;

/// <summary>Thông tin tài khoản: the citizen changes his e-mail, phone and address.</summary>
public sealed class ProfileModel(UpdateProfile profile) : FormPage
{
    public CitizenProfile? Current { get; private set; }

    [BindProperty]
    public ProfileRequest Input { get; set; } = new(null, null, null);

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Current = await profile.GetAsync(ct);
        Input = new ProfileRequest(Current.Email, Current.Phone, Current.Address);
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        var saved = await profile.HandleAsync(Input, ct);
        Current = await profile.GetAsync(ct);
        Saved = !saved.Failed;
        if (saved.Failed)
        {
            Refuse(saved.Error!);
        }
    }
}
