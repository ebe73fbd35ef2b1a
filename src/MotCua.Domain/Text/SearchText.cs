using System.Globalization;
using System.Text;

namespace MotCua.Domain.Text;

/// <summary>
/// The search key kept beside every searchable name: lower case, Vietnamese diacritics removed,
/// đ → d, runs of white space folded, so that "dang ky khai sinh" finds "Đăng ký khai sinh".
/// The same function is applied to the query, which keeps both sides comparable with a plain LIKE.
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // Đ/đ are letters of their own, not D with a combining mark, so FormD leaves them alone.
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The words of a query, normalized; each must occur in the search key.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
