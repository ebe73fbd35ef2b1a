using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MotCua.Web.Features.Account;

/// <summary>
/// Short-lived strings a form carries from one step to the next (the code step of a sign-in, the confirmation of an
/// authenticator), encrypted and signed with the data-protection key ring under a purpose per use, so that the browser
/// can neither read nor forge them and one use's ticket is worthless to another. Their expiry is read from the
/// injected clock.
/// </summary>
public sealed class TimedTickets(IDataProtectionProvider provider, TimeProvider clock)
{
    public string Issue(string purpose, TimeSpan lifetime, params string[] fields) =>
        provider.CreateProtector(purpose).Protect(string.Join('\n', [(clock.GetUtcNow() + lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), .. fields]));

    /// <summary>The fields of a ticket issued for <paramref name="purpose"/> that has not expired; null for any other string.</summary>
    public string[]? Read(string purpose, string? ticket)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = provider.CreateProtector(purpose).Unprotect(ticket).Split('\n');
        }
        catch (CryptographicException)
        {
            return null;
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() < long.Parse(parts[0], CultureInfo.InvariantCulture) ? parts[1..] : null;
    }
}
