namespace MotCua.Domain.Text;

/// <summary>
/// Forgiving search for people typing on a phone or a kiosk (issue 5: "khai sin" finds "Đăng ký khai sinh"): every
/// query word must be found in the search key, either as it is, or as the start of a word with a small slip — one
/// letter wrong, missing, extra or two letters swapped for words of 3 to 6 letters, two for longer words. Both sides
/// are <see cref="SearchText.Normalize"/>d, and <c>y</c> counts as <c>i</c>, since Vietnamese writes both in the same
/// syllables ("đăng ký" and "đăng kí"). Words of one or two letters, and codes, must be found as they are.
/// </summary>
public static class FuzzyMatch
{
    /// <summary>
    /// How far <paramref name="searchKey"/> is from matching every one of <paramref name="terms"/> (0: each found as
    /// typed), or null when some word is not found at all. Lower is better; use it to rank.
    /// </summary>
    public static int? Cost(string searchKey, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(searchKey);
        ArgumentNullException.ThrowIfNull(terms);
        string key = Fold(searchKey);
        string[] words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int total = 0;
        foreach (string term in terms.Select(Fold))
        {
            if (key.Contains(term, StringComparison.Ordinal))
            {
                continue;
            }

            // Codes (with digits) are typed from paper and must match as typed: a near code is another procedure.
            int allowed = term.Any(char.IsAsciiDigit) ? 0 : term.Length switch { < 3 => 0, <= 6 => 1, _ => 2 };
            // A blank key has no word to be near: nothing is found, where Min over no words would throw.
            int best = allowed == 0 ? int.MaxValue : words.Select(word => PrefixDistance(term, word)).DefaultIfEmpty(int.MaxValue).Min();
            if (best > allowed)
            {
                return null;
            }

            total += best;
        }

        return total;
    }

    private static string Fold(string text) => text.Replace('y', 'i');

    /// <summary>The fewest slips turning <paramref name="term"/> into the start of <paramref name="word"/>: a start one letter shorter, as long, or one longer.</summary>
    private static int PrefixDistance(string term, string word) =>
        Enumerable.Range(term.Length - 1, 3).Where(n => n > 0 && n <= word.Length)
            .Select(n => Distance(term, word.AsSpan(0, n))).DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
