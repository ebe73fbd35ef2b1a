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

    public async Task OnPostAsync(CancellationToken ct) => await AnswerAsync(await enrol.ConfirmAsync(OfficerId, Ticket, Code, ct), async enrolled =>
    {
        await RenewSessionAsync(enrolled.Principal);
        NewRecoveryCodes = enrolled.RecoveryCodes;
    }, ct);

    public async Task OnPostRenewAsync(CancellationToken ct) => await AnswerAsync(await renew.HandleAsync(OfficerId, Code, ct), codes =>
    {
        NewRecoveryCodes = codes;
        return Task.CompletedTask;
    }, ct);

    public async Task OnPostDisableAsync(CancellationToken ct) => await AnswerAsync(await disable.HandleAsync(OfficerId, Code, ct), async principal =>
    {
        await RenewSessionAsync(principal);
        Disabled = true;
    }, ct);

    /// <summary>The refusal shown on the page, or what the change brings; then the page as it now stands.</summary>
    private async Task AnswerAsync<T>(Outcome<T> outcome, Func<T, Task> done, CancellationToken ct)
    {
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
        }
        else
        {
            await done(outcome.Value);
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
