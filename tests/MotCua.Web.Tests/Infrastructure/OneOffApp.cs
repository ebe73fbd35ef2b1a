using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// An application of one test's own, on a fresh SQLite file, with settings the shared fixtures must not have (a low
/// throttle, another environment); the file goes with it.
/// </summary>
public sealed class OneOffApp : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"motcua-oneoff-{Guid.NewGuid():N}.db");

    public OneOffApp(string environment, params (string Key, string Value)[] settings)
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:MotCua", $"Data Source={path}");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}
