using System.Globalization;
using System.Text.RegularExpressions;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Mã hồ sơ: <c>&lt;agency code&gt;-&lt;yyMMdd&gt;-&lt;sequence&gt;</c>, e.g. <c>000.00.17.H10-251124-0001</c>
/// (DOMAIN.md §4; the agency code is the unit's mã định danh under QCVN 102:2016/BTTTT). The sequence counts per
/// agency per day from 1 and is written with four digits; a desk that receives more than 9,999 dossiers in one day
/// gets a fifth digit (10000 … 99999) rather than a refusal at the counter: the code stays unique and readable, and a
/// fifth digit cannot be mistaken for a four-digit one because four-digit sequences keep their leading zeros.
/// </summary>
public readonly partial record struct DossierCode(string AgencyCode, DateOnly Date, int Sequence)
{
    /// <summary>The largest sequence that fits the code (five digits).</summary>
    public const int MaxSequence = 99_999;

    /// <summary>The two-digit year is read in 2000–2099, so only dates there can be written and read back.</summary>
    public static readonly DateOnly MinDate = new(2000, 1, 1);

    /// <summary>See <see cref="MinDate"/>.</summary>
    public static readonly DateOnly MaxDate = new(2099, 12, 31);

    /// <exception cref="ArgumentException">The agency code is not shaped like <c>000.00.17.H10</c>.</exception>
    public string AgencyCode { get; } = IsAgencyCode(AgencyCode)
        ? AgencyCode
        : throw new ArgumentException($"'{AgencyCode}' is not an agency code like 000.00.17.H10 (QCVN 102:2016).", nameof(AgencyCode));

    /// <exception cref="ArgumentOutOfRangeException">A date outside 2000–2099.</exception>
    public DateOnly Date { get; } = Date >= MinDate && Date <= MaxDate
        ? Date
        : throw new ArgumentOutOfRangeException(nameof(Date), Date, "A dossier code's date must be in 2000–2099 (two-digit year).");

    /// <exception cref="ArgumentOutOfRangeException">A sequence below 1 or above <see cref="MaxSequence"/>.</exception>
    public int Sequence { get; } = Sequence is >= 1 and <= MaxSequence
        ? Sequence
        : throw new ArgumentOutOfRangeException(nameof(Sequence), Sequence, $"The sequence runs from 1 to {MaxSequence}.");

    /// <summary>Whether <paramref name="agencyCode"/> has the shape of a mã định danh (QCVN 102:2016/BTTTT).</summary>
    public static bool IsAgencyCode(string? agencyCode) => agencyCode is not null && AgencyCodePattern().IsMatch(agencyCode);

    /// <summary>Reads a code written by <see cref="ToString"/>; exactly that form, upper case, nothing around it.</summary>
    public static bool TryParse(string? text, out DossierCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        Match match = CodePattern().Match(text);
        if (!match.Success
            || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            || !int.TryParse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int sequence)
            || sequence < 1)
        {
            return false;
        }

        // "yy" follows the culture's two-digit-year window (…49 → 20xx, 50… → 19xx); codes are only ever 20xx.
        date = new DateOnly(2000 + (date.Year % 100), date.Month, date.Day);
        code = new DossierCode(match.Groups["agency"].Value, date, sequence);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{AgencyCode}-{Date:yyMMdd}-{Sequence:D4}");

    [GeneratedRegex(@"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCodePattern();

    // Four digits, or five without a leading zero: one written form per sequence, so parsing and writing round-trip.
    [GeneratedRegex(@"^(?<agency>[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2})-(?<date>[0-9]{6})-(?<seq>[0-9]{4}|[1-9][0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
