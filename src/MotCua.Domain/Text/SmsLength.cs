using System.Text;

namespace MotCua.Domain.Text;

/// <summary>
/// How many SMS a text takes (3GPP TS 23.038 alphabets, TS 23.040 concatenation). A text wholly in the GSM 7-bit
/// default alphabet goes as GSM-7: 160 septets in one SMS, 153 per part once concatenated (the user data header takes
/// the rest), a character of the extension table (€ [ ] { } \ ^ ~ | and form feed) costing two septets that no part
/// boundary splits. Any other character makes the whole text UCS-2: 70 UTF-16 units in one SMS, 67 per part, a
/// surrogate pair never split. Vietnamese with its diacritics is UCS-2 (only à è é ì ò ù and a few others are in the
/// GSM alphabet), so a receipt notice of 100 characters takes two SMS; unaccented, it takes one.
/// The text is counted as composed (NFC), the form in which it is sent.
/// </summary>
public sealed record SmsLength(bool Unicode, int Units, int Parts)
{
    public const int GsmSingle = 160;
    public const int GsmPart = 153;
    public const int UnicodeSingle = 70;
    public const int UnicodePart = 67;

    /// <summary>The GSM 7-bit default alphabet: the 127 characters other than the escape to the extension table.</summary>
    private const string GsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /// <summary>The extension table's characters, each sent as the escape and itself.</summary>
    private const string GsmExtension = "^{}\\[~]|€\f";

    public static SmsLength Of(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var gsm = GsmCosts(composed);
        var costs = gsm ?? composed.EnumerateRunes().Select(r => r.Utf16SequenceLength).ToList();
        var (single, part) = gsm is null ? (UnicodeSingle, UnicodePart) : (GsmSingle, GsmPart);
        var units = costs.Sum();
        return new(gsm is null, units, units <= single ? 1 : Fill(costs, part));
    }

    /// <summary>Each character's septets, or null when one is not in the GSM alphabet.</summary>
    private static List<int>? GsmCosts(string text)
    {
        var costs = new List<int>(text.Length);
        foreach (var c in text)
        {
            if (GsmBasic.Contains(c, StringComparison.Ordinal))
            {
                costs.Add(1);
            }
            else if (GsmExtension.Contains(c, StringComparison.Ordinal))
            {
                costs.Add(2);
            }
            else
            {
                return null;
            }
        }

        return costs;
    }

    /// <summary>Parts filled in order, a character that does not fit whole starting the next.</summary>
    private static int Fill(IEnumerable<int> costs, int part)
    {
        var (parts, used) = (1, 0);
        foreach (var cost in costs)
        {
            if (used + cost > part)
            {
                parts++;
                used = 0;
            }

            used += cost;
        }

        return parts;
    }
}
