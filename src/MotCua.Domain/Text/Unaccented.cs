using System.Globalization;
using System.Text;

namespace MotCua.Domain.Text;

/// <summary>
/// Vietnamese written without its diacritics ("không dấu"), as many brand-name SMS providers require: each letter loses
/// its tone and vowel marks, đ becomes d and Đ becomes D (they are letters of their own, which decomposition leaves
/// alone), and case and everything else are kept. "Hồ sơ đã có kết quả" → "Ho so da co ket qua".
/// </summary>
public static class Unaccented
{
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
