using MotCua.Web.Common;
using MotCua.Web.Tests.Faults;
using Shouldly;

namespace MotCua.Web.Tests.Common;

/// <summary>The published application started by a service manager from another folder than its own (issue 19).</summary>
public sealed class AppFolderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Started_from_another_folder_the_application_reads_its_own_settings_and_says_which()
    {
        var elsewhere = Directory.CreateTempSubdirectory("motcua-elsewhere-");
        try
        {
            // Only the database and the file store are given (and Staging, which needs no key certificate): the logging that
            // says "Application started", which the start waits for, comes from the appsettings.json beside the
            // application or from nowhere.
            await using var app = await AppProcess.StartAsync(new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Staging",
                ["ConnectionStrings:MotCua"] = $"Data Source={Path.Combine(elsewhere.FullName, "motcua.db")}",
                ["Files:Root"] = Path.Combine(elsewhere.FullName, "files"),
            }, Ct, workingDirectory: elsewhere.FullName);

            app.Output.ShouldContain($"Configuration files read: {Path.Combine(AppContext.BaseDirectory, "appsettings.json")}");
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_content_root_the_operator_names_is_kept()
    {
        AppFolder.Options(["--contentRoot", "/srv/motcua"]).ContentRootPath.ShouldBeNull();
        AppFolder.Options(["--contentRoot=/srv/motcua"]).ContentRootPath.ShouldBeNull();
        AppFolder.Options([]).ContentRootPath.ShouldBe(AppContext.BaseDirectory);
    }
}
