namespace MotCua.Web.Tests.Infrastructure;

/// <summary>The application on a fresh SQLite file, as the embedded default runs it.</summary>
public class SqliteApp : MotCuaApp
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"motcua-test-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={path}";

    protected override Task PrepareDatabaseAsync() => Task.CompletedTask;

    protected override Task DropDatabaseAsync() => DeleteAsync(path);

    /// <summary>The database file and what SQLite and the start-up lock keep beside it.</summary>
    internal static Task DeleteAsync(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".startup-lock" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}
