using Microsoft.AspNetCore.Html;

namespace MotCua.Web.Common;

/// <summary>
/// Puts a validation message next to the input it is about, besides the summary at the top of the
/// page, so that an officer correcting a long form does not have to match field keys by eye.
/// </summary>
public static class FieldErrors
{
    public static bool Has(this Error? error, string field) => error?.Fields?.ContainsKey(field) == true;

    /// <summary>"true" for aria-invalid when the field has an error; null leaves the attribute out.</summary>
    public static string? Invalid(this Error? error, string field) => error.Has(field) ? "true" : null;

    public static IHtmlContent Show(this Error? error, string field)
    {
        var messages = error?.Fields?.GetValueOrDefault(field);
        if (messages is not { Length: > 0 })
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder().AppendHtml("<span class=\"field-error\">");
        html.Append(string.Join(" ", messages.Select(m => m.ToString())));
        return html.AppendHtml("</span>");
    }
}
