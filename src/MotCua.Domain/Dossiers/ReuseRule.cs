using System.Globalization;
using MotCua.Domain.Catalog;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Which earlier document may stand for a component of a new dossier (khai thác, sử dụng lại, DOMAIN.md §4): a paper of
/// the component's kind that is still good for it. A declaration or application drawn up on the procedure's form (a
/// component with a template: tờ khai, đơn) states one request and is good for no other, so it is always made anew.
/// Any other component takes a paper given before under its name, or the result of an earlier dossier when the
/// component asks for that paper (a birth certificate issued then, for "Bản sao Giấy khai sinh").
/// </summary>
public static class ReuseRule
{
    /// <summary>A component that is a declaration on the procedure's form, made anew for each dossier.</summary>
    public static bool IsDeclaration(Component component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return !string.IsNullOrWhiteSpace(component.Template);
    }

    /// <summary>
    /// Whether a document given before as <paramref name="earlierComponent"/>, or issued as the result
    /// <paramref name="earlierResult"/> (the earlier procedure's result, as the catalog words it), is a paper of
    /// <paramref name="component"/>'s kind.
    /// </summary>
    public static bool SameKind(Component component, string? earlierComponent, string? earlierResult)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (earlierComponent is not null)
        {
            return Compare.Compare(earlierComponent.Trim(), component.Name.Trim(), Loose) == 0;
        }

        return ResultPaper(earlierResult) is { Length: > 0 } paper && Compare.IndexOf(component.Name, paper, Loose) >= 0;
    }

    /// <summary>Whether the earlier document may stand for <paramref name="component"/>.</summary>
    public static bool Fits(Component component, string? earlierComponent, string? earlierResult) =>
        !IsDeclaration(component) && SameKind(component, earlierComponent, earlierResult);

    /// <summary>
    /// The paper a procedure issues, as its result names it first: "Giấy khai sinh (bản chính); bản sao …" issues a
    /// "Giấy khai sinh"; the copies and notes after it are not a paper of their own kind.
    /// </summary>
    public static string ResultPaper(string? result) =>
        result is null ? string.Empty : result.Split(['(', ';', ','], 2)[0].Trim();

    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    // The same paper is named with or without capitals and tone marks ("giấy khai sinh", "Giay khai sinh").
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
}
