using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using MotCua.Web.Tests.Infrastructure;
using Npgsql;

namespace MotCua.Web.Tests.Backups;

/// <summary>
/// An empty database (a new SQLite file, or a new PostgreSQL database on the test server) and an empty file store to
/// restore a backup into, then the application started on them; all removed with it.
/// </summary>
public sealed class RestoreTarget : IAsyncDisposable
{
    private readonly string? postgresDatabase;
    private WebApplicationFactory<Program>? started;

    private RestoreTarget(string provider, string connectionString, string? postgresDatabase)
    {
        this.postgresDatabase = postgresDatabase;
        Command = new AppCommand(provider, connectionString, Path.Combine(Path.GetTempPath(), $"motcua-restored-files-{Guid.NewGuid():N}"));
    }

    public AppCommand Command { get; }

    public static async Task<RestoreTarget> CreateAsync(string provider)
    {
        if (provider != "Postgres")
        {
            return new(provider, $"Data Source={Path.Combine(Path.GetTempPath(), $"motcua-restored-{Guid.NewGuid():N}.db")}", null);
        }

        var database = $"motcua_restored_{Guid.NewGuid():N}";
        await AdminAsync($"CREATE DATABASE \"{database}\"");
        return new(provider, new NpgsqlConnectionStringBuilder(Admin) { Database = database }.ConnectionString, database);
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = postgresDatabase is null
            ? new SqliteConnection(Command.ConnectionString)
            : new NpgsqlConnection(Command.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>The application on the restored database and store, with no demo data of its own, and any further settings.</summary>
    public WebApplicationFactory<Program> Start(params (string Key, string Value)[] settings) => started = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Development").WithoutStandIns();
        builder.UseSetting("Database:Provider", Command.Provider);
        builder.UseSetting("ConnectionStrings:MotCua", Command.ConnectionString);
        builder.UseSetting("Files:Root", Command.FilesRoot);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    });

    public async ValueTask DisposeAsync()
    {
        if (started is not null)
        {
            await started.DisposeAsync();
        }

        if (Directory.Exists(Command.FilesRoot))
        {
            Directory.Delete(Command.FilesRoot, recursive: true);
        }

        if (postgresDatabase is null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(new SqliteConnectionStringBuilder(Command.ConnectionString).DataSource);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)");
        }
    }

    private static string Admin => Environment.GetEnvironmentVariable("MOTCUA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("MOTCUA_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
