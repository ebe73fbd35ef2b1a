using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Data;

/// <summary>
/// Issue 19: the period's dossiers read by lifespan class are exactly those the plain condition finds. Its raw dossiers
/// (no history, no due time) are written to a database of its own.
/// </summary>
public abstract class DossierLifespansTests(MotCuaApp app) : ProviderTests(app)
{
    // Decades after any clock of the other tests, so that no figure of theirs counts these dossiers.
    private static readonly DateTimeOffset Start = new(2060, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    /// <summary>
    /// Receipt and end in days from <see cref="Start"/>: every class (an hour to eight years), the period's edges to
    /// the tick, still open, never received (from 100 days on: an online submission still waiting, or refused before its receipt), ended before its receipt (an import's bad data).
    /// </summary>
    private static readonly (double Received, double? Ended)[] Lives =
    [
        (10, 10.04), (-0.5, 0), (-0.5, -1e-9), (-1, 0.0001), (-3, 2), (-7.9, 0), (-8.1, 0), (-15, 1), (-31, 40), (-100, 30), (-250, 1),
        (-500, 95), (-1000, 0), (-2047, 3), (-2100, 0), (-2900, 200), (-3000, null), (60, null), (89.99, null), (90, null), (91, 92),
        (-40, -39), (-40, -0.00001), (5, 4), (95, 91), (-4000, 89.9), (100, null), (100, 101),
    ];

    [Fact]
    public async Task The_lifespan_ranges_find_exactly_the_dossiers_received_before_the_end_and_not_ended_before_the_start()
    {
        var code = await App.ReceiveBirthAsync();
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var template = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == code, Ct);
        var prefix = $"LS{Guid.NewGuid():N}"[..10];
        db.Dossiers.AddRange(Lives.Select((life, i) => new Dossier
        {
            Code = $"{prefix}-{i:D2}", ProcedureId = template.ProcedureId, UnitId = template.UnitId, CurrentUnitId = template.UnitId,
            Applicant = template.Applicant with { }, Status = DossierStatus.Returned, SubmittedAt = Start.AddDays(life.Received),
            ReceivedAt = life.Received >= 100 ? null : Start.AddDays(life.Received), EndedAt = life.Ended is { } ended ? Start.AddDays(ended) : null,
        }));
        await db.SaveChangesAsync(Ct);
        var mine = db.Dossiers.AsNoTracking().Where(d => d.Code.StartsWith(prefix));

        foreach (var (from, to) in new[] { (Start, Start.AddDays(90)), (Start.AddDays(90), Start.AddDays(90)), (Start.AddDays(-2000), Start.AddDays(-1999)), (Start, Start) })
        {
            var plain = await mine.Where(d => d.ReceivedAt != null && d.ReceivedAt < to && (d.EndedAt == null || d.EndedAt >= from)).Select(d => d.Code).ToListAsync(Ct);
            var found = await DossierLifespans.Overlapping(mine, from, to).Select(d => d.Code).ToListAsync(Ct);

            found.ShouldBe(plain, ignoreOrder: true);
            plain.ShouldNotBeEmpty();
        }
    }
}

[Collection(SqliteScratchGroup.Name)]
public sealed class DossierLifespansTestsOnSqlite(SqliteScratchApp app) : DossierLifespansTests(app);

[Collection(PostgresScratchGroup.Name)]
public sealed class DossierLifespansTestsOnPostgres(PostgresScratchApp app) : DossierLifespansTests(app);
