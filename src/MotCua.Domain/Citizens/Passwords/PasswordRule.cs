namespace MotCua.Domain.Citizens.Passwords;

/// <summary>Why a password is refused; the callers word it.</summary>
public enum PasswordProblem
{
    Length,
    Common,
    Personal,
}

/// <summary>What the account says about its holder, which his password must not give away.</summary>
public sealed record PasswordOwner(string? FullName, string? Email, string? Phone, string? IdNumber);

/// <summary>
/// A citizen's password, at registration, change and reset. NIST SP 800-63B (rev. 3, §5.1.1.2; kept in rev. 4, §3.1.1.2):
/// no composition rules, but a minimum length, a check against passwords commonly used or breached, and against
/// context-specific words such as the user name. The length is 10, as for officers: NIST's floor is 8 with such a
/// blocklist, rev. 4 asks 15 where the password is the only factor; 10 keeps a guessable number of citizens able to
/// choose one without writing it down, the blocklist and the sign-in throttle doing the rest. At most 128 (NIST: at least 64 allowed).
/// </summary>
public static class PasswordRule
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    // Shorter pieces of an e-mail ("an@…") would refuse half the dictionary.
    private const int MinEmailWord = 4;

    /// <summary>null when the password may be used by <paramref name="owner"/>.</summary>
    public static PasswordProblem? Check(string? password, PasswordOwner owner)
    {
        if (password is null || password.Length is < MinLength or > MaxLength)
        {
            return PasswordProblem.Length;
        }

        if (IsPersonal(password, owner))
        {
            return PasswordProblem.Personal;
        }

        return CommonPasswords.Contains(password) ? PasswordProblem.Common : null;
    }

    private static bool IsPersonal(string password, PasswordOwner owner)
    {
        var folded = Folded.Of(password);
        var local = Folded.Of(owner.Email?.Split('@')[0]);
        var phone = Digits(owner.Phone);
        var idNumber = Digits(owner.IdNumber);
        var names = Folded.Of(owner.FullName);
        var nameWords = owner.FullName is null ? [] : owner.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Folded.Of).Where(w => w.Length > 0).ToHashSet();
        return (local.Length >= MinEmailWord && folded.Contains(local, StringComparison.Ordinal))

            // The phone's nine digits after 0 or +84, so both ways of writing it are caught.
            || (phone.Length >= 9 && folded.Contains(phone[^9..], StringComparison.Ordinal))
            || (idNumber.Length > 0 && folded.Contains(idNumber, StringComparison.Ordinal))
            || (names.Length > 0 && folded.Contains(names, StringComparison.Ordinal))
            || Folded.IsMadeOf(Folded.Letters(folded), nameWords);
    }

    private static string Digits(string? text) => string.Concat((text ?? string.Empty).Where(char.IsAsciiDigit));
}
