using System.Security.Claims;
using MotCua.Domain.Organization;

namespace MotCua.Web.Common.Security;

/// <summary>
/// What an officer's sign-in carries: user name, full name and one claim per role grant
/// ("Role:unitId"), so that authorization needs no database round trip; and whether he gave a second factor, which he
/// does whenever his two-factor sign-in is on (turning it on or off renews his security stamp, so the claim cannot
/// outlive the state it describes).
/// </summary>
public static class OfficerClaims
{
    public const string Grant = "motcua:grant";
    public const string FullName = "motcua:fullname";
    public const string Stamp = "motcua:stamp";
    public const string TwoFactor = "motcua:2fa";

    public static ClaimsPrincipal Principal(Officer officer, bool twoFactor, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, officer.Id.ToString()),
            new(ClaimTypes.Name, officer.UserName),
            new(FullName, officer.FullName),
            new(Stamp, officer.SecurityStamp),
        };
        claims.AddRange(officer.Roles.Select(r => new Claim(Grant, $"{r.Role}:{r.UnitId}")));
        if (twoFactor)
        {
            claims.Add(new Claim(TwoFactor, "totp"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The signed-in officer's id; null for citizens and anonymous callers.</summary>
    public static Guid? IdOf(ClaimsPrincipal user) =>
        user.HasClaim(c => c.Type == Grant) && Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;

    public static IReadOnlyList<RoleGrant> Grants(ClaimsPrincipal user) => user.FindAll(Grant)
        .Select(c => c.Value.Split(':'))
        .Where(parts => parts.Length == 2 && Enum.TryParse<Role>(parts[0], out _) && Guid.TryParse(parts[1], out _))
        .Select(parts => new RoleGrant { Role = Enum.Parse<Role>(parts[0]), UnitId = Guid.Parse(parts[1]) })
        .ToList();

    public static bool PassedTwoFactor(ClaimsPrincipal user) => user.HasClaim(c => c.Type == TwoFactor);

    public static bool HasRole(ClaimsPrincipal user, Role role) => Grants(user).Any(g => g.Role == role);
}
