using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MotCua.Web.Tests.Backups;

/// <summary>
/// Every table of a database as its catalog lists it (not only the model's: the migration history too), with its row
/// count and a SHA-256 over its rows in a fixed order, so that two databases compare table by table.
/// </summary>
public static class TableDigest
{
    public static async Task<SortedDictionary<string, string>> TakeAsync(DbConnection connection, CancellationToken ct)
    {
        var catalog = connection is Npgsql.NpgsqlConnection
            ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = await ReadAsync(connection, catalog, r => r.GetString(0), ct);
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var rows = await ReadAsync(connection, $"SELECT * FROM \"{table}\"", Row, ct);
            rows.Sort(StringComparer.Ordinal);
            digests[table] = $"{rows.Count} rows, " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))));
        }

        return digests;
    }

    private static string Row(DbDataReader reader) => string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
    {
        DBNull => "∅",
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        var value => value.ToString(),
    }));

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
