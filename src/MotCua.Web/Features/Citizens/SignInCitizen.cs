using System.Security.Claims;
using MotCua.Domain.Citizens;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Citizens;

/// <summary>An e-mail address or a phone number, and the password.</summary>
public sealed record CitizenLoginRequest(string? Login, string? Password);

/// <summary>
/// Checks a citizen's credentials, by e-mail or by phone (<see cref="CitizenLogins"/>); the API turns the principal into
/// a bearer token, the pages into a cookie, throttled and locked as for officers (<see cref="PasswordSignIn{T}"/>).
/// </summary>
public sealed class SignInCitizen(MotCuaDbContext db, PasswordSignIn<Citizen> signIn)
{
    private static readonly Error Refused = Error.InvalidCredentials(new("Thư điện tử, số điện thoại hoặc mật khẩu không đúng.", "The e-mail, phone number or password is incorrect."));

    public async Task<Outcome<ClaimsPrincipal>> HandleAsync(CitizenLoginRequest request, string scheme, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Login) || string.IsNullOrEmpty(request.Password))
        {
            return Error.Validation("login", new("Nhập thư điện tử hoặc số điện thoại, và mật khẩu.", "Enter your e-mail or phone number, and the password."));
        }

        var (name, account) = CitizenLogins.Matching(db.Citizens, request.Login);
        var citizen = await signIn.CheckAsync(name, account, request.Password, Refused, ct);
        if (citizen.Failed)
        {
            return citizen.Error;
        }

        return CitizenClaims.Principal(citizen.Value, scheme);
    }
}
