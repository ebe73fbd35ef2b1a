using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Data;

/// <summary>
/// Tells PostgreSQL's planner what its sampling cannot see: a dossier has a handful of events. ANALYZE estimates the
/// distinct dossiers among the events from a sample, and the estimate stops growing long before the table does (207,000
/// for 2.5 million dossiers' 20 million events): the planner then expects a hundred events a dossier, and reading a
/// quarter's 16,000 dossiers' events (the 766 index, II.06) by their ids turns from an index scan into a scan of every
/// event ever recorded, so that the time follows the history instead of the period (issue 19: 6.5 s and 443,000 pages
/// at 2.5 million). A negative n_distinct is a share of the rows, right at any size: one dossier per eight events, as
/// the demo's and the generated histories have. SQLite plans the same read through the index at any size.
/// </summary>
public static class PlannerStatistics
{
    private const string DossierEventsPerDossier = "-0.125";

    /// <summary>Sets the statistic once, and analyzes the events then so that it holds from this start on.</summary>
    public static async Task ApplyAsync(MotCuaDbContext db, CancellationToken ct)
    {
        if (db is not PostgresMotCuaDbContext)
        {
            return;
        }

        var set = await db.Database.SqlQueryRaw<string>(
            """
            SELECT coalesce(array_to_string(a.attoptions, ','), '') AS "Value" FROM pg_attribute a
            WHERE a.attrelid = '"DossierEvents"'::regclass AND a.attname = 'DossierId'
            """).SingleAsync(ct);
        if (set.Contains($"n_distinct={DossierEventsPerDossier}", StringComparison.Ordinal))
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync($"ALTER TABLE \"DossierEvents\" ALTER COLUMN \"DossierId\" SET (n_distinct = {DossierEventsPerDossier})", ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"DossierEvents\"", ct);
    }
}
