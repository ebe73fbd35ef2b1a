using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

namespace MotCua.Web.Backups;

/// <summary>
/// SQLite through its online backup API: the copy is of one instant, whatever the application writes meanwhile (a
/// copy of the file itself is not, and loses what was in the journal).
/// </summary>
public sealed class SqliteSnapshot : IDatabaseSnapshot
{
    public string FileName => "database.sqlite";

    public async Task TakeAsync(MotCuaDbContext db, string path, CancellationToken ct)
    {
        await using var target = await OpenAsync(path, SqliteOpenMode.ReadWriteCreate, ct);
        await CopyAsync(db, source => source.BackupDatabase(target), ct);

        // One self-contained file, whatever journal the live database keeps.
        await using var command = target.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE";
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task RestoreAsync(MotCuaDbContext db, string path, CancellationToken ct)
    {
        await using var source = await OpenAsync(path, SqliteOpenMode.ReadOnly, ct);
        await CopyAsync(db, target => source.BackupDatabase(target), ct);
    }

    private static async Task CopyAsync(MotCuaDbContext db, Action<SqliteConnection> copy, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            copy((SqliteConnection)db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string path, SqliteOpenMode mode, CancellationToken ct)
    {
        // Unpooled: the file is closed when the copy ends, so it can be hashed, moved or deleted at once.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        return connection;
    }
}
