using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Citizens;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Citizens;

/// <summary>A citizen's account found by what he signs in with: his e-mail, or his phone written any way <see cref="PhoneNumber"/> reads.</summary>
public static class CitizenLogins
{
    public static bool IsEmail(string login) => login.Contains('@', StringComparison.Ordinal);

    /// <summary>null when no account has that e-mail or phone.</summary>
    public static async Task<Citizen?> FindAsync(IQueryable<Citizen> citizens, string login, CancellationToken ct)
    {
        login = login.Trim();
        if (IsEmail(login))
        {
            var email = login.ToLowerInvariant();
            return await citizens.FirstOrDefaultAsync(c => c.Email == email, ct);
        }

        return PhoneNumber.TryNormalize(login, out var phone) ? await citizens.FirstOrDefaultAsync(c => c.Phone == phone, ct) : null;
    }
}
