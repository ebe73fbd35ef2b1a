using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>The handler of the portal's client: it presents the unit's certificate (mutual TLS) when one is configured.</summary>
public static class ClientCertificate
{
    public static HttpMessageHandler Handler(IServiceProvider services)
    {
        var handler = new SocketsHttpHandler();
        var certificate = services.GetRequiredService<IOptions<NationalPortalOptions>>().Value.Endpoint.ClientCertificate;
        if (!string.IsNullOrEmpty(certificate.Path))
        {
            handler.SslOptions.ClientCertificates = [X509CertificateLoader.LoadPkcs12FromFile(certificate.Path, certificate.Password)];
        }

        return handler;
    }
}
