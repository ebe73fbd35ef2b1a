using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using MotCua.Web.Connections;

namespace MotCua.Web.Signing;

/// <summary>
/// A CA's remote signing service: the unit's key never leaves the CA; each signature is one POST of a hash. Every
/// exchange is noted in the connection journal.
/// </summary>
public sealed class RemoteSignatureSource(IHttpClientFactory clients, IOptions<SigningOptions> options, IHostEnvironment environment, ConnectionJournal journal)
    : ISignatureSource, IDisposable
{
    public const string Client = "signing";

    private readonly RemoteSigningOptions settings = options.Value.Remote;
    private readonly CertificateChain chain = new(() => LoadChain(Path.Combine(environment.ContentRootPath, options.Value.Remote.Certificate!)), "Signing:Remote:Certificate");

    public X509Certificate2 Certificate => Chain[0];

    public async Task<byte[]> CmsAsync(byte[] documentDigest, CancellationToken ct) => settings.Returns == RemoteAnswer.Cms
        ? await PostAsync(documentDigest, ct)
        : await CadesSignature.BuildAsync(documentDigest, Chain, CadesSignature.IsRsa(Chain[0]), PostAsync, ct);

    private IReadOnlyList<X509Certificate2> Chain => chain.Value;

    private async Task<byte[]> PostAsync(byte[] hash, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
            {
                Content = JsonContent.Create(new JsonObject { [settings.HashField] = Convert.ToBase64String(hash) }),
            };
            if (!string.IsNullOrEmpty(settings.AuthValue))
            {
                request.Headers.TryAddWithoutValidation(settings.AuthHeader, settings.AuthValue);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(settings.Timeout);
            using var response = await clients.CreateClient(Client).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new SigningFailedException($"The signing service answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            var answer = await response.Content.ReadFromJsonAsync<JsonObject>(timeout.Token);
            var signature = answer?[settings.SignatureField]?.GetValue<string>()
                ?? throw new SigningFailedException($"The signing service's answer has no '{settings.SignatureField}' field.");
            var bytes = Convert.FromBase64String(signature);
            await journal.SucceededAsync(Client, CancellationToken.None);
            return bytes;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or FormatException or InvalidOperationException or SigningFailedException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var failure = e is OperationCanceledException ? $"The signing service did not answer within {settings.Timeout}." : e.Message;
            await journal.FailedAsync(Client, failure, CancellationToken.None);
            throw new SigningFailedException(failure, e);
        }
    }

    /// <summary>The unit's certificate, then whatever chain the CA's PEM file carries after it.</summary>
    private static IReadOnlyList<X509Certificate2> LoadChain(string path)
    {
        var all = new X509Certificate2Collection();
        all.ImportFromPemFile(path);
        return all.Count > 0 ? [.. all] : throw new SigningFailedException($"{path} holds no PEM certificate.");
    }

    public void Dispose() => chain.Dispose();
}
