namespace MotCua.Web.Tests.Infrastructure;

public static class Ports
{
    /// <summary>A port nobody listens on now; stand-ins are configured with a fixed port, as in Development.</summary>
    public static int Free()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
