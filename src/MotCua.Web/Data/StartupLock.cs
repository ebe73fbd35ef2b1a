using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MotCua.Web.Data;

/// <summary>
/// Held around start-up's migration and reference data, so that nodes starting together on one database prepare it one
/// after the other (the second finds the work done) instead of racing into duplicate keys. PostgreSQL: a session-level
/// advisory lock, taken on a connection of its own and released with it. SQLite: an exclusive lock on a file next to
/// the database (<c>motcua.db.startup-lock</c>), released by the operating system when a process dies; not a SQLite
/// transaction, which would keep the migration's own connection out.
/// </summary>
public static class StartupLock
{
    /// <summary>Any number, the same on every node: it names this lock among the database's advisory locks.</summary>
    private const long AdvisoryKey = 0x4D6F_7443_7561_0001;

    public static Task<IAsyncDisposable> TakeAsync(MotCuaDbContext db, ILogger logger, CancellationToken ct) =>
        db is PostgresMotCuaDbContext ? PostgresAsync(db, ct) : SqliteFileAsync(db, logger, ct);

    private static async Task<IAsyncDisposable> PostgresAsync(MotCuaDbContext db, CancellationToken ct)
    {
        // The lock lives in the database, so the database must exist first; two nodes creating it at once is no error.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
            }
        }

        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        // No command timeout: the wait lasts as long as the other node's migration and seeding do.
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryKey})", connection) { CommandTimeout = 0 })
        {
            await take.ExecuteNonQueryAsync(ct);
        }

        return new Release(async () =>
        {
            // Explicitly: a pooled connection keeps its session's advisory locks until its next use.
            await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryKey})", connection))
            {
                await release.ExecuteNonQueryAsync(CancellationToken.None);
            }

            await connection.DisposeAsync();
        });
    }

    private static async Task<IAsyncDisposable> SqliteFileAsync(MotCuaDbContext db, ILogger logger, CancellationToken ct)
    {
        var database = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (database.Mode == SqliteOpenMode.Memory || database.DataSource is "" or ":memory:")
        {
            return new Release(() => Task.CompletedTask);
        }

        var path = Path.GetFullPath(database.DataSource) + ".startup-lock";
        for (var waited = false; ; waited = true)
        {
            try
            {
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Release(() => file.DisposeAsync().AsTask());
            }
            catch (IOException) when (!ct.IsCancellationRequested)
            {
                if (!waited)
                {
                    logger.LogInformation("Another node is preparing the database; waiting for {LockFile}", path);
                }

                // Wall-clock time on purpose: another process holds the file, whatever the application's clock says.
                await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
            }
        }
    }

    private sealed class Release(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }
}
