using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Notifications.Sms;

/// <summary>Checked at start when <c>Notifications:Sms:Provider</c> is <c>http</c>: every mistake at once, each naming its setting.</summary>
public sealed class SmsOptionsValidation(IOptions<NotificationOptions> notifications) : IValidateOptions<SmsOptions>
{
    private const string Http = SmsOptions.Section + ":Http";

    private static readonly string[] Required = ["phone", "text"];

    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        var failures = Failures(options.Http).Concat(Failures(options.Text, options.Receipts)).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> Failures(SmsHttpOptions http)
    {
        if (!Uri.TryCreate(http.Url.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            yield return $"{Http}:Url must be the gateway's absolute http(s) address, not '{http.Url}'.";
        }

        if (http.Method.ToUpperInvariant() is not ("GET" or "POST" or "PUT"))
        {
            yield return $"{Http}:Method must be GET, POST or PUT, not '{http.Method}'.";
        }

        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out _))
        {
            yield return $"{Http}:ContentType is not a media type: '{http.ContentType}'.";
        }

        foreach (var placeholder in Required.Where(p => !SmsRequest.Names(http.Url, p) && !SmsRequest.Names(http.BodyTemplate, p)))
        {
            yield return $"{Http}:BodyTemplate (or Url) must hold {{{placeholder}}}.";
        }

        if ((http.AuthHeader.Length > 0 || SmsRequest.Names(http.BodyTemplate, "auth") || SmsRequest.Names(http.Url, "auth")) && string.IsNullOrEmpty(http.AuthValue))
        {
            yield return $"{Http}:AuthValue is empty: set it in the environment (Notifications__Sms__Http__AuthValue), never in a file.";
        }

        if (http.AcceptedField.Length > 0 && http.AcceptedValue.Length == 0)
        {
            yield return $"{Http}:AcceptedField needs the AcceptedValue that means accepted (e.g. 00).";
        }

        if (http.AcceptedStatuses.Any(s => s is < 100 or > 599))
        {
            yield return $"{Http}:AcceptedStatuses must be HTTP statuses (100-599).";
        }

        if (http.Timeout <= TimeSpan.Zero || http.Timeout >= notifications.Value.SendTimeout)
        {
            yield return $"{Http}:Timeout must be positive and shorter than Notifications:SendTimeout ({notifications.Value.SendTimeout}).";
        }
    }

    private static IEnumerable<string> Failures(SmsTextOptions text, SmsReceiptOptions receipts)
    {
        if (text.MaxParts is < 1 or > 10)
        {
            yield return $"{SmsOptions.Section}:Text:MaxParts must be from 1 to 10, not {text.MaxParts}.";
        }

        if (!string.IsNullOrEmpty(receipts.Secret) && (receipts.Header.Length == 0 || receipts.MessageIdField.Length == 0 || receipts.StatusField.Length == 0))
        {
            yield return $"{SmsOptions.Section}:Receipts needs a Header, a MessageIdField and a StatusField.";
        }
    }
}
