using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MotCua.Web.Notifications;
using Npgsql;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// Two application nodes on one database of their own, empty until both start at the same moment (as a deployment's
/// nodes do), with one clock and the notification channels of <see cref="StandInChannels"/>. No background job ticks
/// by itself: the tests run the jobs' ticks and the dispatchers on each node. The database goes with them.
/// </summary>
public abstract class TwoNodes : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(MotCuaApp.SeededAt);

    public StandInChannels Channels { get; } = new();

    /// <summary>Failed for good after this many attempts, so that a test reaches it in a few dispatches.</summary>
    public const int MaxAttempts = 2;

    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The background jobs, each set to never run by itself here: the tests run what they need.</summary>
    public static readonly string[] Intervals =
    [
        "Jobs:LatenessInterval", "Jobs:DigestInterval", "Jobs:PaymentInterval", "Jobs:PlanReminderInterval", "Jobs:FileSweepInterval", "Jobs:IdempotencySweepInterval",
        "Jobs:ReportReminderInterval", "Jobs:FeedbackReminderInterval", "NationalPortal:Interval", "Notifications:Interval",
    ];

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"motcua-nodes-{Guid.NewGuid():N}");

    public IReadOnlyList<WebApplicationFactory<Program>> Nodes { get; private set; } = [];

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    public async ValueTask InitializeAsync()
    {
        await CreateDatabaseAsync();
        Nodes = [Node("a"), Node("b")];

        // Started on two threads at once: each migrates and seeds the same empty database.
        await Task.WhenAll(Nodes.Select(n => Task.Run(() => n.Server)));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        await DropDatabaseAsync();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected abstract Task CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    private WebApplicationFactory<Program> Node(string name) => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Development").WithoutStandIns();
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:MotCua", ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Files:Root", Path.Combine(folder, name, "files"));
        builder.UseSetting("NationalPortal:Adapter", "file");
        builder.UseSetting("NationalPortal:Folder", Path.Combine(folder, name, "portal"));
        builder.UseSetting("Notifications:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Notifications:SendTimeout", SendTimeout.ToString());
        foreach (var interval in Intervals)
        {
            builder.UseSetting(interval, Timeout.InfiniteTimeSpan.ToString());
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<INotificationChannel>();
            foreach (var channel in Channels.All)
            {
                services.AddSingleton(channel);
            }
        });
    });
}

/// <summary>Two nodes on one SQLite file.</summary>
public sealed class SqliteTwoNodes : TwoNodes
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"motcua-nodes-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={path}";

    protected override Task CreateDatabaseAsync() => Task.CompletedTask;

    protected override Task DropDatabaseAsync() => SqliteApp.DeleteAsync(path);
}

/// <summary>Two nodes on one PostgreSQL database, created empty.</summary>
public sealed class PostgresTwoNodes : TwoNodes
{
    private readonly string database = $"motcua_nodes_{Guid.NewGuid():N}";

    protected override string Provider => "Postgres";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnection) { Database = database }.ConnectionString;

    protected override Task CreateDatabaseAsync() => PostgresApp.CreateAsync(database);

    protected override Task DropDatabaseAsync() => PostgresApp.DropAsync(database);
}

[CollectionDefinition(Name)]
public sealed class SqliteTwoNodesGroup : ICollectionFixture<SqliteTwoNodes>
{
    public const string Name = "sqlite-two-nodes";
}

[CollectionDefinition(Name)]
public sealed class PostgresTwoNodesGroup : ICollectionFixture<PostgresTwoNodes>
{
    public const string Name = "postgres-two-nodes";
}
