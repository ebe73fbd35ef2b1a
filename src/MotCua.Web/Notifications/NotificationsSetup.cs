using Microsoft.Extensions.Diagnostics.HealthChecks;
using MotCua.Web.Connections;
using MotCua.Web.Notifications.Sms;

namespace MotCua.Web.Notifications;

public static class NotificationsSetup
{
    /// <summary>The outbox dispatcher, its worker and alert, its health check; SMS and e-mail go to the offline log channel unless a gateway (HTTP) or a mail server (SMTP) is configured; Zalo always does.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection("Notifications"))
            .Validate(o => o.SendTimeout > TimeSpan.Zero && o.SendTimeout < o.Lease, "Notifications:SendTimeout must be positive and shorter than Notifications:Lease.")
            .Validate(o => o.Concurrency >= 1 && o.MaxAttempts >= 1, "Notifications:Concurrency and Notifications:MaxAttempts must be at least 1.")
            .ValidateOnStart();
        List<string> logged = ["zalo"];
        if (!services.AddSms(configuration))
        {
            logged.Add("sms");
        }

        if (!services.AddEmail(configuration))
        {
            logged.Add("email");
        }

        foreach (var name in logged)
        {
            services.AddSingleton<INotificationChannel>(sp => ActivatorUtilities.CreateInstance<LogFileChannel>(sp, name));
        }

        services.AddConnection<EmailConnection>();
        services.AddScoped<OutboxDispatcher>().AddScoped<OutboxAlert>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox", HealthStatus.Degraded);
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
