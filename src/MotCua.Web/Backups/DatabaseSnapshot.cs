using MotCua.Web.Data;

namespace MotCua.Web.Backups;

/// <summary>A consistent copy of the whole database in one file, taken while the application runs, and put back.</summary>
public interface IDatabaseSnapshot
{
    /// <summary>The file's name inside the backup's folder.</summary>
    string FileName { get; }

    Task TakeAsync(MotCuaDbContext db, string path, CancellationToken ct);

    /// <summary>Fills the (empty) database of <paramref name="db"/> from the snapshot at <paramref name="path"/>.</summary>
    Task RestoreAsync(MotCuaDbContext db, string path, CancellationToken ct);
}

public static class DatabaseSnapshot
{
    public static IDatabaseSnapshot For(MotCuaDbContext db) => db switch
    {
        SqliteMotCuaDbContext => new SqliteSnapshot(),
        PostgresMotCuaDbContext => new PostgresSnapshot(),
        _ => throw new InvalidOperationException($"No snapshot for {db.GetType().Name}."),
    };

    /// <summary>The provider as the configuration names it (<c>Database:Provider</c>).</summary>
    public static string ProviderOf(MotCuaDbContext db) => db is PostgresMotCuaDbContext ? "Postgres" : "Sqlite";
}
