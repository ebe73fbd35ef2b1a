using Microsoft.Extensions.Options;

namespace MotCua.Web.Notifications.Sms;

/// <summary>
/// SMS through the province's brand-name SMS gateway over HTTP, in the shape <see cref="SmsHttpOptions"/> describes. A
/// message counts as sent only when the gateway accepted it (an accepted status and, where configured, its accepted
/// code); anything else throws and the outbox tries again later. The outbox message id goes as the client reference on
/// every attempt, so a gateway that de-duplicates by it sends a retried message once; the gateway's own id is answered
/// for the outbox to keep, since its delivery receipts name the message by it.
/// </summary>
public sealed class HttpSmsChannel(IHttpClientFactory clients, IOptions<SmsOptions> options, ILogger<HttpSmsChannel> logger) : INotificationChannel
{
    public const string Client = "sms-gateway";

    /// <summary>What of an answer goes into an error: enough to read the provider's code and message.</summary>
    private const int Excerpt = 300;

    public string Name => "sms";

    public async Task<string?> SendAsync(Guid messageId, string recipient, string body, CancellationToken ct)
    {
        var settings = options.Value;
        var sms = SmsText.Of(recipient, body, settings);
        using var request = SmsRequest.For(settings.Http, sms, messageId);
        using var response = await clients.CreateClient(Client).SendAsync(request, ct);
        var answer = await response.Content.ReadAsStringAsync(ct);
        var shown = answer.Length > Excerpt ? answer[..Excerpt] : answer;
        if (!settings.Http.Accepts((int)response.StatusCode))
        {
            throw new HttpRequestException($"The SMS gateway answered HTTP {(int)response.StatusCode}: {shown}", null, response.StatusCode);
        }

        if (settings.Http.AcceptedField is { Length: > 0 } field && FieldPath.Read(answer, field) is var code && code != settings.Http.AcceptedValue)
        {
            throw new InvalidOperationException($"The SMS gateway refused the message ({field} = {code ?? "none"}): {shown}");
        }

        var id = settings.Http.MessageIdPath is { Length: > 0 } path ? FieldPath.Read(answer, path) : null;
        logger.LogInformation("Notification {Id} by sms to {Recipient} accepted by the gateway as {ProviderId}, {Parts} SMS", messageId, sms.Phone, id, sms.Length.Parts);
        return id;
    }
}
