using MotCua.Web.Common;

namespace MotCua.Web.Notifications;

public static class EmailSetup
{
    /// <summary>
    /// <c>Notifications:Email:Provider</c>: <c>log</c> (default: e-mail is written to the notification log, as SMS is)
    /// or <c>smtp</c> (sent through <c>Notifications:Email:Smtp</c>, checked at start). <c>Notifications:Email:StandIn:Port</c>,
    /// when set, also runs the stand-in mail server of Development.
    /// </summary>
    public static bool AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["Notifications:Email:StandIn:Port"] is { Length: > 0 })
        {
            services.AddOptions<SmtpStandInOptions>().Bind(configuration.GetSection("Notifications:Email:StandIn"))
                .Validate(o => o.Port is > 0 and <= 65535, "Notifications:Email:StandIn:Port must be a port number (1-65535).").ValidateOnStart();
            services.AddSingleton(new StandIn("SMTP stand-in server", "Notifications:Email:StandIn:Port")).AddHostedService<SmtpStandIn>();
        }

        var provider = configuration["Notifications:Email:Provider"] ?? "log";
        if (provider.Equals("log", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!provider.Equals("smtp", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Notifications:Email:Provider must be log or smtp, not '{provider}'.");
        }

        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection("Notifications:Email:Smtp"))
            .Validate(o => o.IsValid, "Notifications:Email:Provider=smtp needs Notifications:Email:Smtp:Host, a Port (1-65535) and a From address.")
            .ValidateOnStart();
        services.AddSingleton<INotificationChannel, SmtpChannel>();
        return true;
    }
}
