using MotCua.Web.Common;
using MotCua.Web.Connections;

namespace MotCua.Web.Features.NationalPortal;

public static class NationalPortalSetup
{
    /// <summary>
    /// <c>NationalPortal:Adapter</c> chooses how statuses leave (checked at start: <c>http</c> needs its URL and a way to
    /// authenticate); <c>NationalPortal:StandIn:Port</c>, when set, also runs Development's stand-in portal.
    /// </summary>
    public static IServiceCollection AddNationalPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NationalPortalOptions>().Bind(configuration.GetSection("NationalPortal"))
            .Validate(o => o.Adapter is NationalPortalOptions.None or NationalPortalOptions.File or NationalPortalOptions.Http,
                $"NationalPortal:Adapter must be '{NationalPortalOptions.None}', '{NationalPortalOptions.File}' or '{NationalPortalOptions.Http}'.")
            .Validate(o => o.Adapter != NationalPortalOptions.Http || o.Endpoint.IsValid,
                "NationalPortal:Adapter=http needs NationalPortal:Http:Url (http or https), a positive Timeout, and a way to authenticate: "
                + "Token, or TokenUrl with ClientId and ClientSecret, or ClientCertificate:Path.")
            .Validate(o => o.RetryAfter > TimeSpan.Zero && o.MaxRetryAfter >= o.RetryAfter && o.Batch > 0,
                "NationalPortal:RetryAfter must be positive, MaxRetryAfter at least as long, and Batch positive.")
            .ValidateOnStart();
        if (configuration["NationalPortal:StandIn:Port"] is { Length: > 0 })
        {
            services.AddOptions<NationalPortalStandInOptions>().Bind(configuration.GetSection("NationalPortal:StandIn"))
                .Validate(o => o.Port is > 0 and <= 65535, "NationalPortal:StandIn:Port must be a port number (1-65535).").ValidateOnStart();
            services.AddSingleton(new StandIn("National portal stand-in", "NationalPortal:StandIn:Port"))
                .AddSingleton<NationalPortalStandIn>().AddHostedService(sp => sp.GetRequiredService<NationalPortalStandIn>());
        }

        if (configuration["NationalPortal:Adapter"] == NationalPortalOptions.Http)
        {
            services.AddHttpClient(HttpNationalPortal.Client, c => c.Timeout = Timeout.InfiniteTimeSpan).ConfigurePrimaryHttpMessageHandler(ClientCertificate.Handler);
            services.AddSingleton<PortalTokens>().AddSingleton<HttpNationalPortal>().AddSingleton<INationalPortal>(sp => sp.GetRequiredService<HttpNationalPortal>());
        }
        else
        {
            services.AddSingleton<INationalPortal, FolderNationalPortal>();
        }

        return services.AddConnection<NationalPortalConnection>()
            .AddScoped<PortalSyncRecorder>().AddScoped<SynchronizeDossiers>().AddHostedService<Jobs.NationalPortalWorker>();
    }
}
