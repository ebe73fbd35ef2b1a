using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MotCua.Web.Features.Payments.Vnpay;

/// <summary>
/// Makes a relative URL of the stand-in's configuration absolute against this application: the request being served
/// when there is one (the citizen's browser comes back the way it came), else the address the server listens on
/// (a background reconciliation).
/// </summary>
public sealed class OwnAddress(IHttpContextAccessor accessor, IServer server)
{
    /// <summary>A path of this site ("/…"), which <see cref="Uri"/> would take for a file on Unix.</summary>
    public static bool IsRelative(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    public Uri Resolve(string url) => IsRelative(url) ? new Uri(Base(), url) : new Uri(url, UriKind.Absolute);

    private Uri Base()
    {
        if (accessor.HttpContext?.Request is { } request)
        {
            return new Uri($"{request.Scheme}://{request.Host}");
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return new Uri(listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal));
    }
}
