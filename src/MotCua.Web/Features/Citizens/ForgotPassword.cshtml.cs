using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Citizens;

/// <summary>Quên mật khẩu: a code asked for by e-mail or phone, then the code and a new password.</summary>
[EnableRateLimiting(Throttling.Public)]
public sealed class ForgotPasswordModel(RequestPasswordReset request, ResetPassword reset) : FormPage
{
    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public PasswordResetConfirmation Confirm { get; set; } = new(null, null, null);

    /// <summary>What was said once a code was asked for; the same whether or not the account exists.</summary>
    public string? Sent { get; private set; }

    /// <summary>The form for the code and the new password is shown.</summary>
    public bool CodeStep { get; private set; }

    public bool Done { get; private set; }

    public async Task OnPostAsync(CancellationToken ct)
    {
        var sent = await request.HandleAsync(new PasswordResetRequest(Login), ct);
        if (sent.Failed)
        {
            Refuse(sent.Error);
            return;
        }

        (Sent, CodeStep, Confirm) = (sent.Value.Detail, true, new PasswordResetConfirmation(Login?.Trim(), null, null));
    }

    public async Task OnPostConfirmAsync(CancellationToken ct)
    {
        if (await reset.HandleAsync(Confirm, ct) is { } refused)
        {
            (CodeStep, Confirm) = (true, Confirm with { NewPassword = null });
            Refuse(refused);
            return;
        }

        Done = true;
    }
}
