using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Signing;

/// <summary>
/// A local stand-in for a CA's remote signing service, speaking the shape <c>Signing:Remote</c> describes (same field
/// names, same authentication header and value, a raw signature or a whole CMS) on <c>http://127.0.0.1:{Signing:StandIn:Port}/sign</c>,
/// and signing with Development's demo office key. Refused in Production like every stand-in.
/// </summary>
public sealed class RemoteSigningStandIn(IOptions<SigningOptions> options, IConfiguration configuration, IHostEnvironment environment, ILogger<RemoteSigningStandIn> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? server;
    private IReadOnlyList<X509Certificate2>? key;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        key = LocalSignatureSource.FromPkcs12(Path.Combine(environment.ContentRootPath, settings.DemoFolder!, DemoAuthority.Office), string.Empty);
        server = await Common.LoopbackServer.StartAsync(configuration.GetValue<int>("Signing:StandIn:Port"),
            app => app.MapPost("/sign", (HttpRequest request, JsonObject body, CancellationToken ct) => SignAsync(settings.Remote, request, body, ct)), cancellationToken);
        logger.LogInformation("Remote signing stand-in listening on {Address}", server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    private async Task<IResult> SignAsync(RemoteSigningOptions remote, HttpRequest request, JsonObject body, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(remote.AuthValue) && request.Headers[remote.AuthHeader] != remote.AuthValue)
        {
            return Results.Unauthorized();
        }

        if (body[remote.HashField]?.GetValue<string>() is not { } encoded || !Convert.TryFromBase64String(encoded, new byte[32], out var length) || length != 32)
        {
            return Results.BadRequest(new { error = $"'{remote.HashField}' must be a base64 SHA-256 hash." });
        }

        var hash = Convert.FromBase64String(encoded);
        var signature = remote.Returns == RemoteAnswer.Cms
            ? await CadesSignature.BuildAsync(hash, key!, true, (h, _) => Task.FromResult(CadesSignature.SignHash(key![0], h)), ct)
            : CadesSignature.SignHash(key![0], hash);
        return Results.Json(new JsonObject { [remote.SignatureField] = Convert.ToBase64String(signature) });
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
        {
            await server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        foreach (var certificate in key ?? [])
        {
            certificate.Dispose();
        }
    }
}
