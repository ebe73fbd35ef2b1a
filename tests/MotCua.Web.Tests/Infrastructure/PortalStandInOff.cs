using Microsoft.AspNetCore.Hosting;

namespace MotCua.Web.Tests.Infrastructure;

public static class PortalStandInOff
{
    /// <summary>
    /// Development sends dossier statuses to its stand-in national portal on a fixed port: test applications run side by
    /// side, so they send nothing unless they say so, and a test of the portal runs a stand-in on a port of its own.
    /// </summary>
    public static IWebHostBuilder WithoutPortalStandIn(this IWebHostBuilder builder) =>
        builder.UseSetting("NationalPortal:Adapter", "none").UseSetting("NationalPortal:StandIn:Port", "");
}
