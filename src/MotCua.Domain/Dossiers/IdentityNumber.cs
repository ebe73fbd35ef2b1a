namespace MotCua.Domain.Dossiers;

/// <summary>
/// Số giấy tờ tùy thân of an individual applicant: the 12-digit personal identification number printed on the
/// citizen identity card (CCCD, now thẻ căn cước) — Circular 07/2016/TT-BCA art. 7, later Circular 59/2021/TT-BCA —
/// or the older 9-digit identity card (CMND). CMND stopped being valid on 1 January 2025 (Law on Identification
/// 2023, art. 46), but dossiers and applicant records from before then carry them, so they are still accepted here.
/// </summary>
public static class IdentityNumber
{
    /// <summary>
    /// A 9-digit CMND, or a 12-digit number whose digits 1–3 are a birth-registration province code
    /// (<see cref="IdentityProvinceCodes"/>), digit 4 the century and sex code (0/1 = 20th century male/female,
    /// 2/3 = 21st, 4/5 = 22nd, 6/7 = 23rd, 8/9 = 24th: every digit is defined) and digits 5–6 the last two digits of
    /// the birth year; the last six are a random number. ASCII digits only, no spaces: callers trim input first.
    /// </summary>
    public static bool IsValid(string? number)
    {
        if (number is null || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        // Digits 4–6 (century code and year) can be any digits, so only the province code is left to check.
        return number.Length switch
        {
            9 => true,
            12 => IdentityProvinceCodes.All.ContainsKey(number[..3]),
            _ => false,
        };
    }

    /// <summary>
    /// The number as shown on public pages (Decree 13/2023 on personal data): everything but the last three
    /// characters hidden, e.g. <c>*********123</c>. Three characters or fewer are hidden entirely, since the last
    /// three would then be the whole value.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public static string Mask(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        const int Shown = 3;
        return number.Length <= Shown
            ? new string('*', number.Length)
            : string.Concat(new string('*', number.Length - Shown), number.AsSpan(number.Length - Shown));
    }
}
