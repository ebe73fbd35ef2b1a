using MotCua.Domain.Citizens;

namespace MotCua.Web.Features.Citizens;

/// <summary>A citizen's account as he sees it (GET /api/v1/citizens/me); the password hash never leaves the server.</summary>
public sealed record CitizenProfile(string FullName, string IdNumber, string? Email, string? Phone, string? Address, DateTimeOffset CreatedAt)
{
    public static CitizenProfile Of(Citizen c) => new(c.FullName, c.IdNumber, c.Email, c.Phone, c.Address, c.CreatedAt);
}
