using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Account;

public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>Checks an officer's credentials; the API turns the principal into a bearer token, the UI into a cookie.</summary>
public sealed class SignIn(MotCuaDbContext db, IPasswordHasher<Officer> hasher)
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
        var officer = await db.Officers.AsNoTracking().Include(o => o.Roles).FirstOrDefaultAsync(o => o.UserName == userName, ct);
        if (officer is null || !officer.IsActive
            || hasher.VerifyHashedPassword(officer, officer.PasswordHash, request.Password!) == PasswordVerificationResult.Failed)
        {
            return Refused;
        }

        return OfficerClaims.Principal(officer, scheme);
    }
}
