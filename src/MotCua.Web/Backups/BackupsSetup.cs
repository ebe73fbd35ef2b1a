namespace MotCua.Web.Backups;

public static class BackupsSetup
{
    public static IServiceCollection AddBackups(this IServiceCollection services) =>
        services.AddScoped<TakeBackup>().AddScoped<RestoreBackup>();
}
