using Microsoft.Extensions.Configuration.Json;

namespace MotCua.Web.Common;

/// <summary>
/// The application's own folder is its content root unless the operator names another (<c>--contentRoot</c>,
/// <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>): ASP.NET Core's default, the working directory, made a
/// published app started from anywhere else read no <c>appsettings*.json</c>, and so run with no logs, no demo and
/// no working sign-in, saying nothing about why (issue 19).
/// </summary>
public static class AppFolder
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Named(args) ? null : AppContext.BaseDirectory,
    };

    /// <summary>Says at start which configuration files were read, so that a file not read is seen at once.</summary>
    public static void LogConfigurationFiles(this WebApplication app)
    {
        var files = ((IConfigurationRoot)app.Configuration).Providers.OfType<JsonConfigurationProvider>()
            .Where(p => p.Source.Path is not null && p.Source.FileProvider?.GetFileInfo(p.Source.Path).Exists == true)
            .Select(p => p.Source.FileProvider!.GetFileInfo(p.Source.Path!).PhysicalPath ?? p.Source.Path!)
            .ToList();
        if (files.Count == 0)
        {
            app.Logger.LogWarning("No configuration file read from {ContentRoot}: only environment variables and the command line configure this run.", app.Environment.ContentRootPath);
        }
        else
        {
            app.Logger.LogInformation("Configuration files read: {Files}", string.Join(", ", files));
        }
    }

    private static bool Named(string[] args) =>
        new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddEnvironmentVariables("DOTNET_").AddCommandLine(args).Build()[HostDefaults.ContentRootKey] is { Length: > 0 };
}
