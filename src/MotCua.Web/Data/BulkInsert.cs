using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MotCua.Web.Data;

/// <summary>
/// Inserts new rows without EF Core's change tracker and save pipeline, in the caller's transaction, each column's value
/// converted and typed by EF Core's own mapping of it (<see cref="BulkColumns"/>): on PostgreSQL by binary <c>COPY</c>, on
/// SQLite by one prepared <c>INSERT</c> run once a row. The save interceptors do not run for these rows: a writer using
/// it does their work itself (issue 19: the historical import spent most of its time in the save pipeline).
/// </summary>
public static class BulkInsert
{
    public static async Task WriteAsync<T>(MotCuaDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct, Func<object, string, object?>? shadow = null)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = Quote(type.GetTableName()!, type.GetSchema());
        var columns = BulkColumns.Of(type, shadow);
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Database.GetDbConnection() is NpgsqlConnection connection)
            {
                await CopyAsync(connection, $"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", columns, rows, ct);
            }
            else
            {
                await InsertAsync(db, $"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})", columns, rows, ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, IReadOnlyList<BulkColumn> columns, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                if (ProviderValue(column, row) is { } value)
                {
                    await importer.WriteAsync(value, column.Mapping.StoreTypeNameBase, ct);
                }
                else
                {
                    await importer.WriteNullAsync(ct);
                }
            }
        }

        await importer.CompleteAsync(ct);
    }

    private static async Task InsertAsync<T>(MotCuaDbContext db, string insert, IReadOnlyList<BulkColumn> columns, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = insert;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters.Add(columns[i].Mapping.CreateParameter(command, $"@p{i}", columns[i].Value(row), nullable: true));
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The value as EF Core sends it: through the property's converter (instants to UTC, enumerations to their names).</summary>
    private static object? ProviderValue(BulkColumn column, object row)
    {
        var value = column.Value(row);
        return value is not null && column.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    private static string Quote(string name, string? schema = null) =>
        (schema is null ? "" : Quote(schema) + ".") + "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
