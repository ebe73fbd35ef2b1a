using MotCua.Domain.Organization;

namespace MotCua.Web.Common.Security;

/// <summary>Authorization policies by role (DOMAIN.md §1); data scope is enforced in queries.</summary>
public static class Policies
{
    public const string Officer = nameof(Officer);
    public const string Administrator = nameof(Administrator);
    public const string CatalogEditor = nameof(CatalogEditor);
    public const string Citizen = nameof(Citizen);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder) => builder
        .AddPolicy(Officer, p => p.RequireAuthenticatedUser().RequireClaim(OfficerClaims.Grant))
        .AddPolicy(Administrator, p => p.RequireAssertion(c => OfficerClaims.HasRole(c.User, Role.Administrator)))
        .AddPolicy(CatalogEditor, p => p.RequireAssertion(c =>
            OfficerClaims.HasRole(c.User, Role.KsttOfficer) || OfficerClaims.HasRole(c.User, Role.Administrator)))

        // A citizen's account on the portal, never an officer: the two sign-ins carry different claims.
        .AddPolicy(Citizen, p => p.RequireAuthenticatedUser().RequireAssertion(c => CitizenClaims.IdOf(c.User) is not null));
}
