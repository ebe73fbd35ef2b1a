using System.Globalization;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MotCua.Web.Notifications.Sms;

/// <summary>The gateway's request for one SMS, from <see cref="SmsHttpOptions"/>: its placeholders filled, each escaped for where it stands.</summary>
public static partial class SmsRequest
{
    public static HttpRequestMessage For(SmsHttpOptions http, SmsText sms, Guid reference)
    {
        var values = new Dictionary<string, string>
        {
            ["phone"] = sms.Phone,
            ["text"] = sms.Text,
            ["reference"] = reference.ToString("N"),
            ["brand"] = http.BrandName,
            ["parts"] = sms.Length.Parts.ToString(CultureInfo.InvariantCulture),
            ["unicode"] = sms.Length.Unicode ? "1" : "0",
            ["auth"] = http.AuthValue ?? "",
        };
        var method = new HttpMethod(http.Method.ToUpperInvariant());
        var request = new HttpRequestMessage(method, Fill(http.Url, values, Uri.EscapeDataString));
        if (method != HttpMethod.Get && http.BodyTemplate.Length > 0)
        {
            var media = MediaTypeHeaderValue.Parse(http.ContentType);
            media.CharSet ??= "utf-8";
            request.Content = new StringContent(Fill(http.BodyTemplate, values, Escape(media.MediaType ?? "")), Encoding.UTF8, media);
        }

        foreach (var (name, value) in http.Headers.Append(new(http.AuthHeader, http.AuthValue ?? "")).Where(h => h.Key.Length > 0))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>One pass: a value that itself contains a placeholder (a text quoting "{phone}") is not filled again.</summary>
    private static string Fill(string template, Dictionary<string, string> values, Func<string, string> escape) =>
        Placeholder().Replace(template, m => escape(values[m.Groups[1].Value]));

    private static Func<string, string> Escape(string mediaType) => mediaType switch
    {
        _ when mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase) => v => JsonEncodedText.Encode(v, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
        _ when mediaType.EndsWith("xml", StringComparison.OrdinalIgnoreCase) => v => SecurityElement.Escape(v),
        "application/x-www-form-urlencoded" => Uri.EscapeDataString,
        _ => v => v,
    };

    public static bool Names(string template, string placeholder) => Placeholder().Matches(template).Any(m => m.Groups[1].Value == placeholder);

    [GeneratedRegex(@"\{(phone|text|reference|brand|parts|unicode|auth)\}")]
    private static partial Regex Placeholder();
}
