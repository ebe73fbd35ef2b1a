using MotCua.Web.Common;
using MotCua.Web.Connections;

namespace MotCua.Web.Signing;

public static class SigningSetup
{
    /// <summary>
    /// <c>Signing:Provider</c>: none (default), pkcs12, store or remote; <c>Signing:TrustedRoots</c> for verifying uploaded
    /// signatures. <c>Signing:DemoFolder</c> (Development) makes a demo CA and office certificate at start, and
    /// <c>Signing:StandIn:Port</c> runs the stand-in remote signing service; both are stand-ins, refused in Production.
    /// </summary>
    public static IServiceCollection AddSigning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SigningOptions>().Bind(configuration.GetSection(SigningOptions.Section))
            .Validate(o => o.Provider != SigningProvider.Pkcs12 || !string.IsNullOrWhiteSpace(o.Pkcs12.Path), "Signing:Provider=pkcs12 needs Signing:Pkcs12:Path.")
            .Validate(o => o.Provider != SigningProvider.Store || !string.IsNullOrWhiteSpace(o.Store.Thumbprint), "Signing:Provider=store needs Signing:Store:Thumbprint.")
            .Validate(o => o.Provider != SigningProvider.Remote || (o.Remote.Url is { IsAbsoluteUri: true } && !string.IsNullOrWhiteSpace(o.Remote.Certificate)),
                "Signing:Provider=remote needs an absolute Signing:Remote:Url and the unit's certificate in Signing:Remote:Certificate.")
            .ValidateOnStart();
        services.AddSingleton<TrustList>().AddSingleton<PdfSignatureVerifier>().AddSingleton<DocumentSigner>().AddConnection<SigningConnection>();

        if (configuration["Signing:DemoFolder"] is { Length: > 0 })
        {
            // Before the stand-in, which signs with the demo office key made here.
            services.AddSingleton(new StandIn("Demo signing CA", "Signing:DemoFolder")).AddHostedService<DemoAuthority>();
        }

        if (configuration["Signing:StandIn:Port"] is { Length: > 0 })
        {
            services.AddSingleton(new StandIn("Remote signing stand-in", "Signing:StandIn:Port")).AddHostedService<RemoteSigningStandIn>();
        }

        switch (configuration.GetValue<SigningProvider?>("Signing:Provider") ?? SigningProvider.None)
        {
            case SigningProvider.Pkcs12 or SigningProvider.Store:
                services.AddSingleton<ISignatureSource, LocalSignatureSource>();
                break;
            case SigningProvider.Remote:
                services.AddHttpClient(RemoteSignatureSource.Client);
                services.AddSingleton<ISignatureSource, RemoteSignatureSource>();
                break;
        }

        return services;
    }
}
