namespace MotCua.Web.Notifications;

public static class NotificationsSetup
{
    /// <summary>The outbox dispatcher and its worker; SMS and e-mail go to the offline log channel until a provider is plugged in.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection("Notifications"));
        foreach (var name in new[] { "sms", "zalo", "email" })
        {
            services.AddSingleton<INotificationChannel>(sp => ActivatorUtilities.CreateInstance<LogFileChannel>(sp, name));
        }

        services.AddScoped<OutboxDispatcher>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
