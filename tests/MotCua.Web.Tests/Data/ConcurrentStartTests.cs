using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Data.Seed;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Data;

/// <summary>Issue 15, finding 4: two nodes starting together on an empty database used to crash one of them (duplicate key).</summary>
public abstract class ConcurrentStartTests(TwoNodes nodes)
{
    [Fact]
    public async Task Two_nodes_started_together_on_an_empty_database_both_serve_and_the_reference_data_is_there_once()
    {
        foreach (var node in nodes.Nodes)
        {
            (await node.CreateClient().GetAsync("/api/v1/units", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await using var scope = nodes.Nodes[1].Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var ct = TestContext.Current.CancellationToken;
        (await db.ScheduleYears.Select(y => y.Year).OrderBy(y => y).ToListAsync(ct)).ShouldBe(OfficialSchedules.Load().Select(s => s.Year).Order().ToList());
        (await db.ScheduleDays.CountAsync(ct)).ShouldBe(OfficialSchedules.Load().Sum(s => s.DaysOff.Count + s.WorkingSaturdays.Count));
        (await db.Officers.Select(o => o.UserName).OrderBy(n => n).ToListAsync(ct)).ShouldBe(DemoData.DemoUserNames.Order(StringComparer.Ordinal).ToList());
        (await db.Procedures.CountAsync(ct)).ShouldBe(await db.Procedures.Select(p => p.Code).Distinct().CountAsync(ct));
    }
}

[Collection(SqliteTwoNodesGroup.Name)]
public sealed class ConcurrentStartTestsOnSqlite(SqliteTwoNodes nodes) : ConcurrentStartTests(nodes);

[Collection(PostgresTwoNodesGroup.Name)]
public sealed class ConcurrentStartTestsOnPostgres(PostgresTwoNodes nodes) : ConcurrentStartTests(nodes);
