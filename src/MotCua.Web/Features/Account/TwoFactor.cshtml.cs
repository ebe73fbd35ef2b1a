using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Account;

/// <summary>
/// Xác thực hai lớp: the officer turns it on (QR code, typed key, a code to confirm), sees his recovery codes once,
/// renews them, or turns it off when his roles allow. The one page open to an officer who must turn it on and has not.
/// </summary>
public sealed class TwoFactorModel(TwoFactorStatus status, EnrolAuthenticator enrol, RenewRecoveryCodes renew, DisableTwoFactor disable) : FormPage
{
    [BindProperty]
    public string? Ticket { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public TwoFactorState State { get; private set; } = new(null, 0, false);

    public AuthenticatorSetup? Setup { get; private set; }

    /// <summary>Codes just drawn, shown on this answer only.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public bool Disabled { get; private set; }

    private Guid OfficerId => OfficerClaims.IdOf(User) ?? throw new InvalidOperationException("The page is for officers only.");

    public Task OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        var enrolled = await enrol.ConfirmAsync(OfficerId, Ticket, Code, ct);
        if (enrolled.Failed)
        {
            Refuse(enrolled.Error!);
        }
        else
        {
            await RenewSessionAsync(enrolled.Value.Principal);
            NewRecoveryCodes = enrolled.Value.RecoveryCodes;
        }

        await ShowAsync(ct);
    }

    public async Task OnPostRenewAsync(CancellationToken ct)
    {
        var renewed = await renew.HandleAsync(OfficerId, Code, ct);
        if (renewed.Failed)
        {
            Refuse(renewed.Error!);
        }
        else
        {
            NewRecoveryCodes = renewed.Value;
        }

        await ShowAsync(ct);
    }

    public async Task OnPostDisableAsync(CancellationToken ct)
    {
        var disabled = await disable.HandleAsync(OfficerId, Code, ct);
        if (disabled.Failed)
        {
            Refuse(disabled.Error!);
        }
        else
        {
            await RenewSessionAsync(disabled.Value);
            Disabled = true;
        }

        await ShowAsync(ct);
    }

    /// <summary>His own session goes on under the new security stamp; the others keep the old one and end.</summary>
    private Task RenewSessionAsync(ClaimsPrincipal principal)
    {
        HttpContext.User = principal;
        return HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        State = await status.HandleAsync(OfficerId, ct);
        Setup = State.EnabledAt is null ? enrol.Begin(OfficerId, User.Identity!.Name!, Ticket) : null;
    }
}
