using Npgsql;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The application on its own database of the real PostgreSQL server that test.sh starts and
/// names in MOTCUA_TEST_POSTGRES. Without that server the tests fail: they are never skipped.
/// </summary>
public class PostgresApp : MotCuaApp
{
    private readonly string database = $"motcua_test_{Guid.NewGuid():N}";

    protected override string Provider => "Postgres";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnection) { Database = database }.ConnectionString;

    internal static string AdminConnection => Environment.GetEnvironmentVariable("MOTCUA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("MOTCUA_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    protected override Task PrepareDatabaseAsync() => CreateAsync(database);

    protected override Task DropDatabaseAsync() => DropAsync(database);

    internal static Task CreateAsync(string database) => RunAsync($"CREATE DATABASE \"{database}\"");

    internal static Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        return RunAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task RunAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
