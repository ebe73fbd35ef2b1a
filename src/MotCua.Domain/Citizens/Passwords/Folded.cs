using MotCua.Domain.Text;

namespace MotCua.Domain.Citizens.Passwords;

/// <summary>
/// A password or a piece of personal data as compared: lower case, without diacritics, letters and digits only, so that
/// "Mật Khẩu", "mat-khau" and "MATKHAU" are the same word.
/// </summary>
internal static class Folded
{
    public static string Of(string? text) => string.Concat(SearchText.Normalize(text).Where(char.IsLetterOrDigit));

    public static string Letters(string folded) => string.Concat(folded.Where(char.IsLetter));

    /// <summary>True when <paramref name="letters"/> is nothing but words of <paramref name="words"/> run together, in any order, repeats allowed.</summary>
    public static bool IsMadeOf(string letters, IReadOnlySet<string> words)
    {
        if (letters.Length == 0 || words.Count == 0)
        {
            return false;
        }

        // ends[i]: the first i letters split into words.
        var ends = new bool[letters.Length + 1];
        ends[0] = true;
        for (var i = 1; i <= letters.Length; i++)
        {
            ends[i] = words.Any(w => w.Length <= i && ends[i - w.Length] && letters.AsSpan(i - w.Length, w.Length).SequenceEqual(w));
        }

        return ends[letters.Length];
    }
}
