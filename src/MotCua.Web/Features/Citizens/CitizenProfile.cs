using MotCua.Domain.Citizens;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// A citizen's account as he sees it (GET /api/v1/citizens/me): the ID number he declared and whether it is verified
/// (<see cref="Citizen.VerifiedIdNumber"/>); the password hash never leaves the server.
/// </summary>
public sealed record CitizenProfile(string FullName, string IdNumber, bool IdNumberVerified, string? Email, string? Phone, string? Address, DateTimeOffset CreatedAt)
{
    public static CitizenProfile Of(Citizen c) => new(c.FullName, c.IdNumber, c.VerifiedIdNumber is not null, c.Email, c.Phone, c.Address, c.CreatedAt);
}
