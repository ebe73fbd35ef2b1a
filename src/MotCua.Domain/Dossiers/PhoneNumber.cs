using System.Text;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Vietnamese phone numbers as applicants write them, in the numbering plan in force since the 2017–2018 changes
/// (Circular 22/2014/TT-BTTTT as amended): mobile numbers are 0 + 9 digits starting 03, 05, 07, 08 or 09; fixed
/// lines are 0 + 2-prefixed area code + subscriber number, 11 digits in all. The anonymous lookup (DOMAIN.md §1)
/// compares the normalized form, so "+84 912.345.678" and "0912345678" are the same applicant.
/// </summary>
public static class PhoneNumber
{
    private static readonly string[] MobilePrefixes = ["03", "05", "07", "08", "09"];

    /// <summary>
    /// Reads a number with an optional <c>+84</c> or <c>84</c> country code and spaces, dots or hyphens between
    /// digits, and writes it as <c>0xxxxxxxxx</c> (mobile) or <c>02xxxxxxxxx</c> (fixed line). The finer
    /// three-digit mobile ranges are not checked: they are reallocated between operators too often to be a rule.
    /// <c>+84 0912…</c> (a trunk 0 after the country code) is refused: it is not a valid international form.
    /// </summary>
    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string trimmed = text.Trim();
        bool plus = trimmed.StartsWith('+');
        var digits = new StringBuilder(trimmed.Length);
        foreach (char c in plus ? trimmed.AsSpan(1) : trimmed.AsSpan())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '.' or '-'))
            {
                return false;
            }
        }

        string number = digits.ToString();
        if (plus && !number.StartsWith("84", StringComparison.Ordinal))
        {
            return false;
        }

        // 84 + 9 digits is a mobile number, 84 + 10 digits a fixed line; a national number always starts with 0.
        if (number.StartsWith("84", StringComparison.Ordinal) && number.Length is 11 or 12)
        {
            number = string.Concat("0", number.AsSpan(2));
        }

        bool mobile = number.Length == 10 && MobilePrefixes.Any(p => number.StartsWith(p, StringComparison.Ordinal));
        bool landline = number.Length == 11 && number.StartsWith("02", StringComparison.Ordinal);
        if (!mobile && !landline)
        {
            return false;
        }

        normalized = number;
        return true;
    }

    /// <summary>
    /// The number as shown on public pages (Decree 13/2023 on personal data): normalized, the first two and last two
    /// digits kept, e.g. <c>09******78</c>. Text that is not a phone number is hidden entirely (one * per character):
    /// nothing of a value that could be something else is shown.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public static string Mask(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (!TryNormalize(number, out string normalized))
        {
            return new string('*', number.Length);
        }

        return string.Concat(normalized.AsSpan(0, 2), new string('*', normalized.Length - 4), normalized.AsSpan(normalized.Length - 2));
    }
}
