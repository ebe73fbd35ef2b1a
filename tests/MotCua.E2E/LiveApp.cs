using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MotCua.E2E;

/// <summary>
/// The product as a user gets it: Kestrel on a free local port, a fresh SQLite database migrated
/// and filled with the demo province. Shared by every browser test of the assembly.
/// </summary>
public sealed class LiveApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"motcua-e2e-{Guid.NewGuid():N}.db");

    /// <summary>The file store of this run (attachments), removed with it.</summary>
    private readonly string files = Path.Combine(Path.GetTempPath(), $"motcua-e2e-files-{Guid.NewGuid():N}");

    /// <summary>
    /// A port chosen before start, not Kestrel's port 0: the site's public address (receipts' QR codes, VNPAY's way back)
    /// is configured before the server listens, as in production.
    /// </summary>
    private readonly int port = MotCua.Web.Tests.Infrastructure.FreePorts.Next();

    public Uri BaseAddress => new($"http://127.0.0.1:{port}/");

    /// <summary>
    /// Where the clock starts, as the web tests' does: 09:00 on Monday 3 March 2025 in Vietnam, a working morning before
    /// the two-level reform, so that the demo is the 2024 structure with the year before it, as the browser tests expect.
    /// </summary>
    public static DateTimeOffset Start { get; } = new(2025, 3, 3, 2, 0, 0, TimeSpan.Zero);

    public ShiftedClock Clock { get; } = new(Start);

    public ValueTask InitializeAsync()
    {
        UseKestrel(port);
        StartServer();
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm", database + ".startup-lock" })
        {
            File.Delete(file);
        }

        if (Directory.Exists(files))
        {
            Directory.Delete(files, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");

        // Not Development's stand-in mail server and SMS gateway on their fixed ports: other test runs may hold them.
        builder.UseSetting("Notifications:Email:Provider", "log");
        builder.UseSetting("Notifications:Email:StandIn:Port", "");
        builder.UseSetting("NationalPortal:Adapter", "none");
        builder.UseSetting("NationalPortal:StandIn:Port", "");
        builder.UseSetting("Notifications:Sms:Provider", "log");
        builder.UseSetting("Notifications:Sms:StandIn:Port", "");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:MotCua", $"Data Source={database}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Files:Root", files);

        // Enough demo dossiers for every state and page, few enough to seed each fixture quickly.
        builder.UseSetting("Demo:Dossiers", "150");
        builder.UseSetting("Demo:HistoryFrom", "");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // Every browser test signs in through the real page, many as the same officer within a minute.
        builder.UseSetting("Security:LoginsPerMinute", "100000");
        builder.UseSetting("Security:LoginsPerAccountPerMinute", "100000");
        builder.UseSetting("Site:PublicAddress", BaseAddress.ToString());
        builder.UseUrls(BaseAddress.ToString());
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
