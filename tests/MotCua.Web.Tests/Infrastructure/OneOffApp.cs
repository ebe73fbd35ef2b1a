using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// An application of one test's own, on a fresh SQLite file, with settings the shared fixtures must not have (a low
/// throttle, another environment); the file goes with it.
/// </summary>
public sealed class OneOffApp : IAsyncDisposable
{
    private readonly string path;

    /// <summary>False for an application restarted on another's database, which that other one removes.</summary>
    private readonly bool ownsDatabase;

    public OneOffApp(string environment, params (string Key, string Value)[] settings)
        : this(Path.Combine(Path.GetTempPath(), $"motcua-oneoff-{Guid.NewGuid():N}.db"), true, environment, settings)
    {
    }

    private OneOffApp(string path, bool ownsDatabase, string environment, (string Key, string Value)[] settings)
    {
        this.path = path;
        this.ownsDatabase = ownsDatabase;
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment).WithoutStandIns();
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:MotCua", $"Data Source={path}");
            builder.UseSetting("Site:PublicAddress", PublicAddress);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
    }

    /// <summary>Every environment requires one; a test that wants none sets it empty.</summary>
    public const string PublicAddress = "https://motcua.example.vn/";

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>The application started again on this one's database with other settings, as after a redeployment.</summary>
    public OneOffApp Restarted(string environment, params (string Key, string Value)[] settings) => new(path, false, environment, settings);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (ownsDatabase)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
            File.Delete(path + ".startup-lock");
        }
    }
}
