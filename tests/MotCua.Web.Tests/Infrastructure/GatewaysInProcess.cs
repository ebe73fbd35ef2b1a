using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Payments.Vnpay;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The test server listens on no port: the HTTP calls between the product and the stand-in VNPAY it serves (querydr,
/// refund one way, the IPN the other) go through the test server's handler instead, over HTTP all the same.
/// </summary>
public static class GatewaysInProcess
{
    public static IServiceCollection AddGatewaysInProcess(this IServiceCollection services)
    {
        foreach (var client in new[] { VnpayGateway.Client, VnpayStandIn.Client })
        {
            services.AddHttpClient(client).ConfigurePrimaryHttpMessageHandler(sp => ((TestServer)sp.GetRequiredService<IServer>()).CreateHandler());
        }

        return services;
    }
}
