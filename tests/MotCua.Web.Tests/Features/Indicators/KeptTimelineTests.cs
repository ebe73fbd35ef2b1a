using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Calendar;
using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Indicators;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Indicators;

/// <summary>
/// The timelines kept beside the dossiers' tallies (issue 19): the index and the reports read them instead of the
/// events, so they must give the very facts the events give, for every dossier the application wrote.
/// </summary>
public abstract class KeptTimelineTests(MotCuaApp app) : ProviderTests(app)
{
    /// <summary>Every dossier: received before the end, and not ended before the start.</summary>
    private static readonly (DateTimeOffset Start, DateTimeOffset End) Always = (new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero), new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Every_received_dossier_keeps_a_timeline_that_gives_the_facts_its_events_give()
    {
        var code = await App.ReceiveBirthAsync();
        await App.IssueResultAsync(code);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var (units, calendar) = await UnitsAsync(scope);

        var kept = await FactsAsync(scope, units, calendar);
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var forgotten = await db.DossierTallies.Where(t => t.Timeline != null).ExecuteUpdateAsync(s => s.SetProperty(t => t.Timeline, (string?)null), Ct);
        var fromEvents = await FactsAsync(scope, units, calendar);
        await transaction.RollbackAsync(Ct);

        forgotten.ShouldBe(fromEvents.Count);
        fromEvents.Count(f => f.Stops.Count > 0).ShouldBeGreaterThan(0);
        fromEvents.Count(f => f.Dues.Count > 1).ShouldBeGreaterThan(0);
        fromEvents.Count(f => f.End is not null).ShouldBeGreaterThan(0);
        fromEvents.ShouldContain(f => f.Code == code && f.End == DossierEnd.Resolved);
        kept.Select(Json).ShouldBe(fromEvents.Select(Json));
    }

    [Fact]
    public async Task The_index_reads_a_dossiers_kept_timeline_not_its_events()
    {
        var code = await App.ReceiveBirthAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == code, Ct);
        var refused = DossierTimelineText.Format(
            new DossierTimeline([new DueChange(dossier.ReceivedAt!.Value, dossier.DueAt!.Value)], [], dossier.ReceivedAt.Value.AddHours(1), DossierEnd.Refused, Apologized: false),
            dossier.ReceivedAt.Value,
            1);
        var (units, calendar) = await UnitsAsync(scope);

        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        await db.DossierTallies.Where(t => t.DossierId == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Timeline, refused), Ct);
        var facts = (await FactsAsync(scope, units, calendar)).Single(f => f.Code == code);
        await transaction.RollbackAsync(Ct);

        facts.End.ShouldBe(DossierEnd.Refused);
        facts.EndedAt.ShouldBe(dossier.ReceivedAt.Value.AddHours(1));
    }

    private static async Task<(List<Guid> Units, WorkingCalendar Calendar)> UnitsAsync(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        return (await db.Units.Select(u => u.Id).ToListAsync(Ct), await scope.ServiceProvider.GetRequiredService<CalendarSource>().ForUnitAsync(null, Ct));
    }

    private static async Task<List<DossierFacts>> FactsAsync(AsyncServiceScope scope, List<Guid> units, WorkingCalendar calendar) =>
        [.. (await scope.ServiceProvider.GetRequiredService<IndexFactsSource>().DossiersAsync(units, Always.Start, Always.End, calendar, Ct)).Select(d => d.Facts).OrderBy(f => f.Code, StringComparer.Ordinal)];

    private static string Json(DossierFacts facts) => JsonSerializer.Serialize(facts);
}

[Collection(SqliteGroup.Name)]
public sealed class KeptTimelineTestsOnSqlite(SqliteApp app) : KeptTimelineTests(app);

[Collection(PostgresGroup.Name)]
public sealed class KeptTimelineTestsOnPostgres(PostgresApp app) : KeptTimelineTests(app);
