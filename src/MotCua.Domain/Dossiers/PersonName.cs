using System.Globalization;
using System.Text;

namespace MotCua.Domain.Dossiers;

/// <summary>Applicants' names on public pages (dossier lookup, late lists), as Decree 13/2023 on personal data asks.</summary>
public static class PersonName
{
    /// <summary>
    /// Keeps the first letter of each word and hides the others, one * per letter: "Nguyễn Văn An" → "N***** V** A*".
    /// A letter is a text element (grapheme cluster), so "ễ" counts once whether typed precomposed or as e + marks;
    /// the result is in NFC. Words are separated by single spaces whatever white space separated them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="fullName"/> is null.</exception>
    public static string Mask(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        string[] words = fullName.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var masked = new StringBuilder(fullName.Length);
        foreach (string word in words)
        {
            if (masked.Length > 0)
            {
                masked.Append(' ');
            }

            StringInfo letters = new(word);
            masked.Append(letters.SubstringByTextElements(0, 1)).Append('*', letters.LengthInTextElements - 1);
        }

        return masked.ToString();
    }
}
