using System.Globalization;
using Microsoft.AspNetCore.Hosting;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// Applications whose dossier statuses go over HTTP to the stand-in national portal they run themselves, on a port of
/// their own, authenticated by the OAuth 2.0 client-credentials grant at its token service, as a province's would be.
/// </summary>
public static class PortalOverHttp
{
    public static void Configure(IWebHostBuilder builder)
    {
        var port = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        var secret = Guid.NewGuid().ToString("N");
        builder.UseSetting("NationalPortal:Adapter", "http");
        builder.UseSetting("NationalPortal:Http:Url", $"http://127.0.0.1:{port}/dossier-statuses");
        builder.UseSetting("NationalPortal:Http:TokenUrl", $"http://127.0.0.1:{port}/token");
        builder.UseSetting("NationalPortal:Http:ClientId", "motcua-test");
        builder.UseSetting("NationalPortal:Http:ClientSecret", secret);
        builder.UseSetting("NationalPortal:Http:Timeout", "00:00:30");
        builder.UseSetting("NationalPortal:StandIn:Port", port);
        builder.UseSetting("NationalPortal:StandIn:ClientId", "motcua-test");
        builder.UseSetting("NationalPortal:StandIn:ClientSecret", secret);
    }
}

/// <inheritdoc cref="PortalOverHttp"/>
public sealed class SqlitePortalApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PortalOverHttp.Configure(builder);
    }
}

/// <inheritdoc cref="PortalOverHttp"/>
public sealed class PostgresPortalApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PortalOverHttp.Configure(builder);
    }
}
