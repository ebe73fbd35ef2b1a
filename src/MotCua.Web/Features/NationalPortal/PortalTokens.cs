using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// The bearer token the portal's status service wants: the fixed one configured, or one obtained with the OAuth 2.0
/// client-credentials grant (client authenticated by HTTP Basic, RFC 6749 §2.3.1) and kept until shortly before it
/// expires, or after the portal refused it; none when a client certificate alone authenticates.
/// </summary>
public sealed class PortalTokens(IOptions<NationalPortalOptions> options, TimeProvider clock) : IDisposable
{
    /// <summary>A token is renewed this long before it expires, so that none expires on the way.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Token, DateTimeOffset Until)? cached;

    public async Task<string?> BearerAsync(HttpClient client, CancellationToken ct)
    {
        var http = options.Value.Endpoint;
        if (!http.UsesTokenService)
        {
            return string.IsNullOrEmpty(http.Token) ? null : http.Token;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (cached is { } still && still.Until > clock.GetUtcNow())
            {
                return still.Token;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, http.TokenUrl)
            {
                Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(http.ClientId!)}:{Uri.EscapeDataString(http.ClientSecret!)}")));
            using var response = await client.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The national portal's token service answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
            }

            var answer = await response.Content.ReadFromJsonAsync<PortalTokenAnswer>(ct);
            if (answer is not { AccessToken.Length: > 0 })
            {
                throw new JsonException("The national portal's token service answered without an access token.");
            }

            cached = (answer.AccessToken, clock.GetUtcNow() + TimeSpan.FromSeconds(answer.ExpiresIn) - Margin);
            return answer.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The portal refused the token: the next send asks for a new one.</summary>
    public void Forget() => cached = null;

    public void Dispose() => gate.Dispose();
}
