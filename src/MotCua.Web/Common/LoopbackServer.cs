using System.Net;

namespace MotCua.Web.Common;

/// <summary>The small web server a stand-in answers on: loopback only, its own pipeline, no logging of its own.</summary>
public static class LoopbackServer
{
    /// <summary>Builds the server on 127.0.0.1:<paramref name="port"/>, lets <paramref name="map"/> route it, and starts it.</summary>
    public static async Task<WebApplication> StartAsync(int port, Action<WebApplication> map, CancellationToken ct)
    {
        // The application's own name: the default (the entry assembly) is the test host's under the tests.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(LoopbackServer).Assembly.GetName().Name, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var server = builder.Build();
        map(server);
        await server.StartAsync(ct);
        return server;
    }
}
