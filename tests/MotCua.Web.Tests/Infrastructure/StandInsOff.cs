using Microsoft.AspNetCore.Hosting;

namespace MotCua.Web.Tests.Infrastructure;

public static class StandInsOff
{
    /// <summary>
    /// Development runs stand-ins of the mail server, the SMS gateway and the national portal on fixed ports; test
    /// applications run side by side, so they keep e-mail and SMS in their notification log and send the portal
    /// nothing, and a test of one of these connections starts a stand-in on a port of its own.
    /// </summary>
    public static IWebHostBuilder WithoutStandIns(this IWebHostBuilder builder) =>
        builder.UseSetting("Notifications:Email:Provider", "log").UseSetting("Notifications:Email:StandIn:Port", "")
            .UseSetting("Notifications:Sms:Provider", "log").UseSetting("Notifications:Sms:StandIn:Port", "")
            .UseSetting("NationalPortal:Adapter", "none").UseSetting("NationalPortal:StandIn:Port", "")
            .UseSetting("Signing:StandIn:Port", "");
}
