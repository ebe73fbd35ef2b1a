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

    /// <summary>A problem the domain found, in the two languages it gives.</summary>
    public static Text From(Domain.Indicators.TableProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.Vi, problem.En);
    }

    /// <summary>The domain's problems by field, as a validation error lists them.</summary>
    public static Dictionary<string, Text[]> From(IReadOnlyDictionary<string, Domain.Indicators.TableProblem[]> problems) =>
        problems.ToDictionary(e => e.Key, e => e.Value.Select(From).ToArray());

    public Text Format(params object?[] args) => new(
        string.Format(CultureInfo.InvariantCulture, Vi, args),
        string.Format(CultureInfo.InvariantCulture, En, args));
}
