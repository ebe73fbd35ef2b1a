namespace MotCua.Web.Files;

public static class FilesSetup
{
    /// <summary>The content-addressed file store for attachments, in the folder <c>Files:Root</c>.</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services)
    {
        services.AddOptions<FileStoreOptions>().BindConfiguration(FileStoreOptions.Section);
        services.AddSingleton<IFileStore, LocalFileStore>();
        services.AddScoped<SweepUnnamedFiles>().AddHostedService<Jobs.FileSweepWorker>();
        services.AddHealthChecks().AddCheck<FileStoreHealthCheck>("files");
        return services;
    }
}
