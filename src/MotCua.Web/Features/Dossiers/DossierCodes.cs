using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

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
        key.Value = CounterKey(agencyCode, day);
        command.Parameters.Add(key);
        var sequence = Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return new DossierCode(agencyCode, day, sequence);
    }

    /// <summary>The <c>DossierCounters</c> row of an agency and day, e.g. <c>000.00.17.H10|251124</c>.</summary>
    public static string CounterKey(string agencyCode, DateOnly day) =>
        $"{agencyCode}|{day.ToString("yyMMdd", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The agency code a unit issues dossier codes under: its own, or (a division has none) its nearest parent's;
    /// null when no unit up to the root has one.
    /// </summary>
    public static string? AgencyCodeOf(Unit unit, IReadOnlyDictionary<Guid, Unit> units) =>
        UnitLookup.SelfAndAncestors(unit, units).Select(u => u.AgencyCode).FirstOrDefault(code => code is { Length: > 0 });
}
