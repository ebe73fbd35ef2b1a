using System.Globalization;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MotCua.Web.Common;

/// <summary>
/// Tells a fault of what the application stands on (the database unreachable, busy or full, the file store full or
/// read-only) from a fault of its own: the first passes with time, so callers are told to retry later (503 with
/// Retry-After) instead of being shown an error they can do nothing about.
/// </summary>
public static class Outages
{
    /// <summary>How long a caller is asked to wait before retrying, in seconds.</summary>
    private const int RetryAfterSeconds = 30;

    public static readonly Text Message = new(
        "Hệ thống tạm thời không truy cập được cơ sở dữ liệu hoặc kho tệp. Vui lòng thử lại sau ít phút; gửi lại với cùng Idempotency-Key sẽ không tạo trùng.",
        "The database or file store is temporarily unavailable. Please try again in a few minutes; retrying with the same Idempotency-Key creates nothing twice.");

    // errno values Linux gives the file store when the disk, not the request, is at fault: EIO, ENOSPC, EROFS, EDQUOT.
    private static readonly HashSet<int> StoreErrors = [5, 28, 30, 122];

    // SQLite result codes of a busy, locked, failing, read-only, full or unopenable database file.
    private static readonly HashSet<int> SqliteErrors = [5, 6, 8, 10, 13, 14];

    /// <summary>Tells the caller when to try again: the API's problem answer and the pages' error page alike.</summary>
    public static void AskToRetryLater(HttpResponse response) =>
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);

    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e switch
            {
                PostgresException postgres => IsPostgresOutage(postgres.SqlState),
                NpgsqlException npgsql => npgsql.IsTransient,
                SqliteException sqlite => SqliteErrors.Contains(sqlite.SqliteErrorCode),
                SocketException or TimeoutException => true,
                IOException io and not FileNotFoundException and not DirectoryNotFoundException => StoreErrors.Contains(io.HResult),
                _ => false,
            })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Connection failures (08), insufficient resources such as a full disk (53), an operator's shutdown (57P), a deadlock or serialization failure (40001, 40P01).</summary>
    private static bool IsPostgresOutage(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("57P", StringComparison.Ordinal) || state is "40001" or "40P01";
}
