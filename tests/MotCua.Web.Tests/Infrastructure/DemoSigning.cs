using Microsoft.AspNetCore.Hosting;
using MotCua.Web.Signing;

namespace MotCua.Web.Tests.Infrastructure;

public static class DemoSigning
{
    /// <summary>
    /// Development signs with the demo office certificate it generates at start; a test application keeps its demo CA
    /// in a folder of its own, so that applications side by side never read each other's half-written keys.
    /// </summary>
    public static IWebHostBuilder WithDemoSigning(this IWebHostBuilder builder, string folder) => builder
        .UseSetting("Signing:DemoFolder", folder)
        .UseSetting("Signing:Pkcs12:Path", Path.Combine(folder, DemoAuthority.Office))
        .UseSetting("Signing:Remote:Certificate", Path.Combine(folder, DemoAuthority.OfficeCertificate))
        .UseSetting("Signing:TrustedRoots:0", Path.Combine(folder, DemoAuthority.CaCertificate));
}
