using MotCua.Web.Common;

namespace MotCua.Web.Features.Plans;

/// <summary>Checks shared by the plan inputs.</summary>
public static class PlanRules
{
    /// <summary>A required text within its column's length; <paramref name="what"/> names it in both languages.</summary>
    public static void Required(Dictionary<string, Text[]> errors, string field, string? value, int maxLength, Text what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [new($"Chưa nhập {what.Vi}.", $"{what.En} is required.")];
        }
        else
        {
            Optional(errors, field, value, maxLength);
        }
    }

    public static void Optional(Dictionary<string, Text[]> errors, string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors[field] = [new Text("Dài quá {0} ký tự.", "Longer than {0} characters.").Format(maxLength)];
        }
    }

    /// <summary>An absolute http or https address, or nothing.</summary>
    public static void Link(Dictionary<string, Text[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors[field] = [new("Đường dẫn minh chứng phải là địa chỉ http(s) đầy đủ.", "The evidence link must be an absolute http(s) address.")];
        }
        else
        {
            Optional(errors, field, value, maxLength);
        }
    }
}
