using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// The <c>http</c> adapter: each batch is one <c>POST</c> of a <see cref="PortalBatch"/> to the portal's status service,
/// authenticated (<see cref="PortalTokens"/>, or the client certificate of the named client), given up after
/// <c>NationalPortal:Http:Timeout</c> by the application's clock. The portal answers per message; a batch sent again
/// after a lost answer is answered as the first time, since the code and version identify each message.
/// </summary>
public sealed class HttpNationalPortal(IHttpClientFactory clients, PortalTokens tokens, IOptions<NationalPortalOptions> options, TimeProvider clock) : INationalPortal
{
    /// <summary>The named <see cref="HttpClient"/>, which carries the client certificate when one is configured.</summary>
    public const string Client = "national-portal";

    public async Task<IReadOnlyList<PortalAnswer>> SendAsync(IReadOnlyList<DossierStatusMessage> messages, CancellationToken ct)
    {
        var answer = await PostAsync(new PortalBatch(messages), ct);
        return
        [
            .. (answer.Data ?? []).Select(a => new PortalAnswer(
                a.Code, a.Version, a.Result == PortalMessageAnswer.Accepted ? PortalSyncState.Acknowledged : PortalSyncState.Rejected, a.AckId,
                a.Result == PortalMessageAnswer.Accepted ? null : a.Reason ?? a.Result)),
        ];
    }

    /// <summary>One batch there and its answer back within the timeout; throws when the portal did not take it.</summary>
    public async Task<PortalBatchAnswer> PostAsync(PortalBatch batch, CancellationToken ct)
    {
        var http = options.Value.Endpoint;
        using var timeout = new CancellationTokenSource(http.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            var client = clients.CreateClient(Client);
            using var request = new HttpRequestMessage(HttpMethod.Post, http.Url) { Content = JsonContent.Create(batch) };
            if (await tokens.BearerAsync(client, linked.Token) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await client.SendAsync(request, linked.Token);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                tokens.Forget();
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The national portal answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
            }

            var answer = await response.Content.ReadFromJsonAsync<PortalBatchAnswer>(linked.Token)
                ?? throw new JsonException("The national portal answered with an empty body.");
            return answer.ErrorCode == 0 ? answer : throw new HttpRequestException($"The national portal refused the batch: error_code {answer.ErrorCode} {answer.Message}");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The national portal did not answer within {http.Timeout.TotalSeconds:0.#} s.");
        }
    }
}
