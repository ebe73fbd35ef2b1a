namespace MotCua.Web.Features.NationalPortal;

public static class NationalPortalSetup
{
    public static IServiceCollection AddNationalPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NationalPortalOptions>().Bind(configuration.GetSection("NationalPortal"))
            .Validate(o => o.Adapter is NationalPortalOptions.None or NationalPortalOptions.File, $"NationalPortal:Adapter must be '{NationalPortalOptions.None}' or '{NationalPortalOptions.File}'.")
            .ValidateOnStart();
        return services.AddSingleton<INationalPortal, FolderNationalPortal>().AddScoped<SynchronizeDossiers>().AddHostedService<Jobs.NationalPortalWorker>();
    }
}
