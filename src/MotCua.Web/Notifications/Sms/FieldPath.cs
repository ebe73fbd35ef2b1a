using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.WebUtilities;

namespace MotCua.Web.Notifications.Sms;

/// <summary>
/// Reads one value out of a gateway's answer or receipt, whatever its form, by the configured path: in JSON a property
/// path (<c>data.msgId</c>, <c>results[0].id</c>), in XML (a SOAP answer) element local names, each found anywhere below
/// the previous one (<c>Envelope.Body.result</c> or just <c>result</c>), in a form (<c>a=1&amp;b=2</c>) a field name. The
/// form is told by the text itself: gateways often label it wrongly.
/// </summary>
public static class FieldPath
{
    public static string? Read(string text, string path)
    {
        var trimmed = text.TrimStart();
        try
        {
            return trimmed.StartsWith('{') || trimmed.StartsWith('[') ? Json(trimmed, path)
                : trimmed.StartsWith('<') ? Xml(trimmed, path)
                : QueryHelpers.ParseQuery(trimmed.StartsWith('?') ? trimmed : "?" + trimmed).TryGetValue(path, out var value) ? value.ToString() : null;
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            return null;
        }
    }

    private static string? Json(string text, string path)
    {
        using var document = JsonDocument.Parse(text);
        var element = document.RootElement;
        foreach (var step in Steps(path))
        {
            if (step is int index ? element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength()
                : element.ValueKind != JsonValueKind.Object || !element.TryGetProperty((string)step, out _))
            {
                return null;
            }

            element = step is int i ? element[i] : element.GetProperty((string)step);
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
            _ => null,
        };
    }

    /// <summary>Property names and array indexes: <c>results[0].id</c> → results, 0, id.</summary>
    private static IEnumerable<object> Steps(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket != 0)
            {
                yield return bracket < 0 ? part : part[..bracket];
            }

            foreach (var index in bracket < 0 ? [] : part[bracket..].Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries))
            {
                yield return int.TryParse(index, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : index;
            }
        }
    }

    private static string? Xml(string text, string path)
    {
        XElement? element = XDocument.Parse(text).Root;
        var names = path.Split('.', StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in element?.Name.LocalName == names.FirstOrDefault() ? names.Skip(1) : names)
        {
            element = element?.Descendants().FirstOrDefault(e => e.Name.LocalName == name);
        }

        return element?.Value;
    }
}
