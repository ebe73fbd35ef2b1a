using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Data;

/// <summary>Issue 19: PostgreSQL's planner is told that a dossier has a handful of events, whatever its sample says.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PlannerStatisticsTests(PostgresApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_events_count_one_dossier_per_eight_events_from_the_first_start_and_are_analyzed_so_once_the_setting_is_lost()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();

        // Set by the first start, on a table still empty: its analysis came later (autovacuum's or the test's below).
        (await DistinctDossiersAsync(db)).Option.ShouldBe("n_distinct=-0.125");

        await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"DossierEvents\" ALTER COLUMN \"DossierId\" RESET (n_distinct)", Ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"DossierEvents\"", Ct);
        (await DistinctDossiersAsync(db)).Option.ShouldBeEmpty();

        await PlannerStatistics.ApplyAsync(db, Ct);

        (await DistinctDossiersAsync(db)).ShouldBe((Option: "n_distinct=-0.125", Analyzed: (float?)-0.125f));
    }

    /// <summary>The column's option as set, and the estimate the last ANALYZE stored (none before the first).</summary>
    private static async Task<(string Option, float? Analyzed)> DistinctDossiersAsync(MotCuaDbContext db)
    {
        var option = await db.Database.SqlQueryRaw<string>(
            """
            SELECT coalesce(array_to_string(attoptions, ','), '') AS "Value" FROM pg_attribute
            WHERE attrelid = '"DossierEvents"'::regclass AND attname = 'DossierId'
            """).SingleAsync(Ct);
        var analyzed = await db.Database.SqlQueryRaw<float?>(
            """SELECT n_distinct AS "Value" FROM pg_stats WHERE tablename = 'DossierEvents' AND attname = 'DossierId'""").SingleOrDefaultAsync(Ct);
        return (option, analyzed);
    }
}
