using System.Security.Claims;
using MotCua.Domain.Citizens;

namespace MotCua.Web.Common.Security;

/// <summary>
/// What a citizen's sign-in carries: his account id under its own claim type and never a role grant, so the
/// <see cref="Policies.Officer"/> policy refuses him and the <see cref="Policies.Citizen"/> policy refuses officers.
/// </summary>
public static class CitizenClaims
{
    public const string Id = "motcua:citizen";

    /// <summary>The account's security stamp when he signed in; a session whose stamp is no longer the account's is one the password change or reset ended.</summary>
    public const string Stamp = "motcua:citizen-stamp";

    public static ClaimsPrincipal Principal(Citizen citizen, string scheme)
    {
        var claims = new List<Claim>
        {
            new(Id, citizen.Id.ToString()),
            new(Stamp, citizen.SecurityStamp.ToString()),

            // The name scopes his Idempotency-Keys; it must never equal an officer's user name.
            new(ClaimTypes.Name, $"citizen:{citizen.Id}"),
            new(OfficerClaims.FullName, citizen.FullName),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The signed-in citizen's account id; null for officers and anonymous callers.</summary>
    public static Guid? IdOf(ClaimsPrincipal user) =>
        !OfficerClaims.Grants(user).Any() && Guid.TryParse(user.FindFirst(Id)?.Value, out var id) ? id : null;
}
