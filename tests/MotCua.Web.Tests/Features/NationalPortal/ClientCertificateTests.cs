using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Web.Features.NationalPortal;
using Shouldly;

namespace MotCua.Web.Tests.Features.NationalPortal;

/// <summary>Mutual TLS: the portal's client presents the unit's certificate from its PKCS#12 file to a server that asks for one.</summary>
public sealed class ClientCertificateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_client_presents_the_configured_certificate_to_a_server_that_requires_one()
    {
        using var unit = Certificate("CN=UBND phường Long Thủy");
        using var server = Certificate("CN=localhost");
        var path = Path.Combine(Path.GetTempPath(), $"motcua-unit-{Guid.NewGuid():N}.p12");
        await File.WriteAllBytesAsync(path, unit.Export(X509ContentType.Pkcs12, "mật khẩu"), Ct);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var options = new NationalPortalOptions { Endpoint = { ClientCertificate = { Path = path, Password = "mật khẩu" } } };
            await using var services = new ServiceCollection().AddSingleton(Options.Create(options)).BuildServiceProvider();
            var handler = (SocketsHttpHandler)ClientCertificate.Handler(services);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.Subject == "CN=localhost";
            using var client = new HttpClient(handler);
            var presented = AnswerOnceAsync(listener, server);

            var response = await client.GetAsync($"https://localhost:{((IPEndPoint)listener.LocalEndpoint).Port}/", Ct);

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await presented).ShouldBe(unit.Thumbprint);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Accepts one TLS connection that must present a client certificate, answers 200, and says which one it was.</summary>
    private static async Task<string?> AnswerOnceAsync(TcpListener listener, X509Certificate2 certificate)
    {
        using var socket = await listener.AcceptTcpClientAsync(Ct);
        await using var tls = new SslStream(socket.GetStream());
        string? presented = null;
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
        {
            ServerCertificate = certificate,
            ClientCertificateRequired = true,
            RemoteCertificateValidationCallback = (_, client, _, _) => (presented = (client as X509Certificate2)?.Thumbprint ?? client?.GetCertHashString()) is not null,
        }, Ct);
        var buffer = new byte[4096];
        _ = await tls.ReadAsync(buffer, Ct);
        await tls.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), Ct);
        return presented;
    }

    private static X509Certificate2 Certificate(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }
}
