using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MotCua.Web.Data;

/// <summary>
/// Whether the database refused a write because a unique index already held its key: another request wrote the same
/// thing meanwhile, which the caller answers as a conflict, not as a fault. Any other refusal stays a fault.
/// </summary>
public static class UniqueViolations
{
    /// <summary>SQLite's extended codes for a UNIQUE and a PRIMARY KEY constraint.</summary>
    private const int SqliteUnique = 2067, SqlitePrimaryKey = 1555;

    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: { } inner } => Is(inner),
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        _ => false,
    };
}
