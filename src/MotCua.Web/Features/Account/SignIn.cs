using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Account;

public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>
/// Checks an officer's credentials (<see cref="PasswordSignIn{T}"/>: throttled per user name, locked after repeated
/// failures; an inactive officer is refused as an unknown name); the API turns the principal into a bearer token, the
/// UI into a cookie.
/// </summary>
public sealed class SignIn(MotCuaDbContext db, PasswordSignIn<Officer> signIn)
{
    private static readonly Error Refused = Error.InvalidCredentials(new("Tên đăng nhập hoặc mật khẩu không đúng.", "The user name or password is incorrect."));

    public async Task<Outcome<ClaimsPrincipal>> HandleAsync(LoginRequest request, string scheme, CancellationToken ct)
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
        var officer = await signIn.CheckAsync(
            userName, db.Officers.Include(o => o.Roles).Where(o => o.UserName == userName && o.IsActive), request.Password!, Refused, ct);
        if (officer.Failed)
        {
            return officer.Error!;
        }

        return OfficerClaims.Principal(officer.Value, scheme);
    }
}
