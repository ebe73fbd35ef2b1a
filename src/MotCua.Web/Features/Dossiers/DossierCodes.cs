using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Issues the next dossier code of an agency for a day (DOMAIN.md §4: sequence per agency per day
/// from 0001, no gaps, no duplicates). One atomic upsert inside the caller's transaction: on
/// PostgreSQL the row lock makes concurrent intakes on any node wait for each other; on SQLite the
/// transaction holds the write lock. A rolled-back intake rolls its number back too: no gap.
/// </summary>
public static class DossierCodes
{
    private const string Upsert = """
        INSERT INTO "DossierCounters" ("Key", "LastSequence") VALUES (@key, 1)
        ON CONFLICT ("Key") DO UPDATE SET "LastSequence" = "DossierCounters"."LastSequence" + 1
        RETURNING "LastSequence"
        """;

    public static async Task<DossierCode> NextAsync(this MotCuaDbContext db, string agencyCode, DateOnly day, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Dossier codes are issued inside the intake transaction.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = Upsert;
        var key = command.CreateParameter();
        key.ParameterName = "@key";
        key.Value = $"{agencyCode}|{day.ToString("yyMMdd", CultureInfo.InvariantCulture)}";
        command.Parameters.Add(key);
        var sequence = Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return new DossierCode(agencyCode, day, sequence);
    }
}
