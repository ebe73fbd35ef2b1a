using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MotCua.Web.Data;

/// <summary>
/// Gap-free sequences (dossier codes per agency and day, feedback codes per day): one atomic upsert of a
/// <c>DossierCounters</c> row inside the caller's transaction. On PostgreSQL the row lock makes concurrent writers on any
/// node wait for each other; on SQLite the transaction holds the write lock. A rolled-back write rolls its number back
/// too: no gap.
/// </summary>
public static class Counters
{
    private const string Upsert = """
        INSERT INTO "DossierCounters" ("Key", "LastSequence") VALUES (@key, 1)
        ON CONFLICT ("Key") DO UPDATE SET "LastSequence" = "DossierCounters"."LastSequence" + 1
        RETURNING "LastSequence"
        """;

    public static async Task<int> NextSequenceAsync(this MotCuaDbContext db, string key, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Sequences are issued inside the transaction that uses them.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = Upsert;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
