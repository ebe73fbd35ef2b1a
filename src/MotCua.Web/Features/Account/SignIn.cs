using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Account;

/// <param name="Code">The second factor (authenticator or recovery code) of an officer whose two-factor sign-in is on.</param>
public sealed record LoginRequest(string? UserName, string? Password, string? Code = null);

/// <summary>The sign-in page's first step: signed in, or a ticket for the code step.</summary>
public sealed record FirstStep(ClaimsPrincipal? Principal, string? Ticket);

/// <summary>
/// Checks an officer's credentials (<see cref="PasswordSignIn{T}"/>: throttled per user name, locked after repeated
/// failures; an inactive officer is refused as an unknown name), then his second factor when his two-factor sign-in is
/// on (<see cref="SecondFactor"/>). The API takes both in one request and turns the principal into a bearer token; the
/// page asks for the code in a second step, bound to a short-lived ticket, and turns it into a cookie.
/// </summary>
public sealed class SignIn(
    MotCuaDbContext db, PasswordSignIn<Officer> signIn, SignInLockout lockout, AccountThrottle throttle, SecondFactor secondFactor,
    TimedTickets tickets, TwoFactorRequirement requirement)
{
    public static readonly Error CodeNeeded = new(
        "two-factor-required", StatusCodes.Status401Unauthorized, new("Cần mã xác thực hai lớp", "Two-factor code required"),
        new("Tài khoản này bật xác thực hai lớp: gửi kèm mã 6 chữ số của ứng dụng xác thực (hoặc một mã khôi phục) trong trường \"code\".",
            "This account has two-factor sign-in on: send the 6-digit code of the authenticator app (or a recovery code) in the \"code\" field."));

    /// <summary>The code step's ticket is no longer good: the page asks for the password again.</summary>
    public static readonly Error Expired = Error.InvalidCredentials(new("Bước đăng nhập đã hết hạn; vui lòng nhập lại mật khẩu.", "The sign-in step has expired; please enter your password again."));

    private const string TicketPurpose = "MotCua.SignIn.SecondStep";

    /// <summary>Long enough to open the app and type a code, short enough that a ticket left in a page is soon worthless.</summary>
    private static readonly TimeSpan TicketLifetime = TimeSpan.FromMinutes(5);

    private static readonly Error Refused = Error.InvalidCredentials(new("Tên đăng nhập hoặc mật khẩu không đúng.", "The user name or password is incorrect."));

    private static readonly Error WrongCode = Error.InvalidCredentials(new("Mã xác thực không đúng hoặc đã được dùng.", "The code is wrong or was already used."));

    /// <summary>The API: the password and, when his two-factor sign-in is on, the code. One whose roles require it and who never set it up is refused.</summary>
    public async Task<Outcome<ClaimsPrincipal>> HandleAsync(LoginRequest request, string scheme, CancellationToken ct)
    {
        var password = await PasswordAsync(request, ct);
        if (password.Failed)
        {
            return password.Error;
        }

        var (officer, twoFactor) = password.Value;
        if (!twoFactor)
        {
            return requirement.IsRequired(officer.Roles.Select(r => r.Role)) ? TwoFactorRequirement.EnrolFirst : OfficerClaims.Principal(officer, false, scheme);
        }

        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return CodeNeeded;
        }

        return await secondFactor.VerifyAsync(officer.Id, request.Code, ct) ? OfficerClaims.Principal(officer, true, scheme) : WrongCode;
    }

    /// <summary>
    /// The page's first step. One whose roles require a second factor he never set up is signed in all the same: the
    /// enrolment page is the only one open to him (<see cref="TwoFactorGate"/>).
    /// </summary>
    public async Task<Outcome<FirstStep>> BeginAsync(LoginRequest request, CancellationToken ct)
    {
        var password = await PasswordAsync(request, ct);
        if (password.Failed)
        {
            return password.Error;
        }

        var (officer, twoFactor) = password.Value;
        return twoFactor
            ? new FirstStep(null, tickets.Issue(TicketPurpose, TicketLifetime, officer.Id.ToString(), officer.SecurityStamp))
            : new FirstStep(OfficerClaims.Principal(officer, false, CookieAuthenticationDefaults.AuthenticationScheme), null);
    }

    /// <summary>The page's code step: the ticket dies with its five minutes or with any change of the officer's stamp.</summary>
    public async Task<Outcome<ClaimsPrincipal>> CompleteAsync(string? ticket, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Error.Validation("code", new("Chưa nhập mã xác thực.", "The code is required."));
        }

        if (tickets.Read(TicketPurpose, ticket) is not [var id, var stamp] || !Guid.TryParse(id, out var officerId))
        {
            return Expired;
        }

        var officer = await db.Officers.AsNoTracking().Include(o => o.Roles)
            .FirstOrDefaultAsync(o => o.Id == officerId && o.IsActive && o.SecurityStamp == stamp, ct);
        if (officer is null)
        {
            return Expired;
        }

        if (!throttle.TryAttempt(AccountThrottle.Key<Officer>(officer.UserName)))
        {
            return AccountThrottle.TooManyAttempts;
        }

        return await secondFactor.VerifyAsync(officer.Id, code, ct)
            ? OfficerClaims.Principal(officer, true, CookieAuthenticationDefaults.AuthenticationScheme)
            : WrongCode;
    }

    /// <summary>
    /// The password; the failure count starts again here only for an officer without a second factor, the others' once
    /// the code is right.
    /// </summary>
    private async Task<Outcome<(Officer Officer, bool TwoFactor)>> PasswordAsync(LoginRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors["userName"] = [new("Chưa nhập tên đăng nhập.", "The user name is required.")];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = [new("Chưa nhập mật khẩu.", "The password is required.")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var userName = request.UserName!.Trim().ToLowerInvariant();
        var account = db.Officers.Include(o => o.Roles).Where(o => o.UserName == userName && o.IsActive);
        var officer = await signIn.VerifyAsync(userName, account, request.Password!, Refused, ct);
        if (officer.Failed)
        {
            return officer.Error;
        }

        var twoFactor = await db.OfficerTwoFactors.AnyAsync(t => t.OfficerId == officer.Value.Id, ct);
        if (!twoFactor)
        {
            await lockout.ClearAsync(account, ct);
        }

        return (officer.Value, twoFactor);
    }
}
