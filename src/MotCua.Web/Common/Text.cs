using System.Globalization;

namespace MotCua.Web.Common;

/// <summary>
/// A Vietnamese text with its English translation. Kept side by side at the place of use so that
/// a message and its translation cannot drift apart; the request culture picks one.
/// </summary>
public readonly record struct Text(string Vi, string En)
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public override string ToString() => IsEnglish ? En : Vi;

    public static string Pick(string vi, string en) => IsEnglish ? en : vi;

    public Text Format(params object?[] args) => new(
        string.Format(CultureInfo.InvariantCulture, Vi, args),
        string.Format(CultureInfo.InvariantCulture, En, args));
}
