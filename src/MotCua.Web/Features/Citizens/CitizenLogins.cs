using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Citizens;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Citizens;

/// <summary>A citizen's account found by what he signs in with: his e-mail, or his phone written any way <see cref="PhoneNumber"/> reads.</summary>
public static class CitizenLogins
{
    public static bool IsEmail(string login) => login.Contains('@', StringComparison.Ordinal);

    /// <summary>The login as accounts are keyed (e-mail in lower case, phone normalized) and the account it names, if any.</summary>
    public static (string Name, IQueryable<Citizen> Account) Matching(IQueryable<Citizen> citizens, string login)
    {
        login = login.Trim();
        if (IsEmail(login))
        {
            var email = login.ToLowerInvariant();
            return (email, citizens.Where(c => c.Email == email));
        }

        return PhoneNumber.TryNormalize(login, out var phone) ? (phone, citizens.Where(c => c.Phone == phone)) : (login.ToLowerInvariant(), citizens.Where(_ => false));
    }

    /// <summary>null when no account has that e-mail or phone.</summary>
    public static Task<Citizen?> FindAsync(IQueryable<Citizen> citizens, string login, CancellationToken ct) =>
        Matching(citizens, login).Account.FirstOrDefaultAsync(ct);
}
