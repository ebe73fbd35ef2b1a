using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Behind a reverse proxy the client's address and scheme arrive in X-Forwarded-For and X-Forwarded-Proto. They are
/// believed only from the proxies of <c>Security:TrustedProxies</c> (addresses such as <c>10.0.0.5</c> or networks
/// such as <c>10.0.0.0/24</c>): anyone else could claim any address to escape the throttles, or HTTPS to get a
/// secure cookie over plain HTTP.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Security:TrustedProxies";

    /// <summary>Runs first, so that everything after it (HSTS, secure cookies, throttles, logs) sees the client's request.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        var networks = (app.Configuration.GetSection(Setting).Get<string[]>() ?? []).Select(Parse).ToList();

        // With no proxy listed the framework's middleware would believe every caller, so it is left out altogether.
        if (networks.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,

            // Proxies in a chain (load balancer, then nginx) are each checked against the list.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        networks.ForEach(options.KnownIPNetworks.Add);
        app.UseForwardedHeaders(options);
        return app;
    }

    private static System.Net.IPNetwork Parse(string entry) =>
        System.Net.IPNetwork.TryParse(entry, out var network) ? network
        : IPAddress.TryParse(entry, out var address) ? new System.Net.IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128)
        : throw new InvalidOperationException($"{Setting}: \"{entry}\" is neither an IP address (10.0.0.5) nor a network (10.0.0.0/24).");
}
