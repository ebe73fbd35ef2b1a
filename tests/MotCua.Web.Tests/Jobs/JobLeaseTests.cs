using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Web.Features.NationalPortal;
using MotCua.Web.Jobs;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Jobs;

/// <summary>
/// Issue 15, finding 5: the lateness watch run by two nodes at once flooded the database with duplicate keys and
/// deadlocks, and the national portal's synchronization ran on every node. Every scheduled job now takes its lease.
/// </summary>
public abstract class JobLeaseTests(TwoNodes nodes)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task Two_nodes_ticking_the_lateness_watch_and_the_portal_sync_together_run_each_job_once_a_period()
    {
        var lateness = nodes.Nodes.Select(n => (PeriodicWorker)ActivatorUtilities.CreateInstance<LatenessWorker>(n.Services, Every(Interval))).ToList();
        var portal = nodes.Nodes.Select(n => (PeriodicWorker)ActivatorUtilities.CreateInstance<NationalPortalWorker>(n.Services, Options.Create(new NationalPortalOptions { Interval = Interval }))).ToList();
        var runs = new List<(int Lateness, int Portal, int Later)>();

        for (var period = 0; period < 4; period++)
        {
            // Both nodes tick at the same instant, then again a little later in the same period (their timers drift apart).
            var together = await Task.WhenAll(lateness.Concat(portal).Select(w => w.TickAsync(TestContext.Current.CancellationToken)));
            nodes.Clock.Advance(TimeSpan.FromSeconds(20));
            var later = await Task.WhenAll(lateness.Concat(portal).Select(w => w.TickAsync(TestContext.Current.CancellationToken)));
            runs.Add((together[..2].Count(r => r), together[2..].Count(r => r), later.Count(r => r)));
            nodes.Clock.Advance(Interval - TimeSpan.FromSeconds(20));
        }

        runs.ShouldBe(Enumerable.Repeat((1, 1, 0), 4).ToList());
    }

    private static IConfiguration Every(TimeSpan interval) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:LatenessInterval"] = interval.ToString() }).Build();
}

[Collection(SqliteTwoNodesGroup.Name)]
public sealed class JobLeaseTestsOnSqlite(SqliteTwoNodes nodes) : JobLeaseTests(nodes);

[Collection(PostgresTwoNodesGroup.Name)]
public sealed class JobLeaseTestsOnPostgres(PostgresTwoNodes nodes) : JobLeaseTests(nodes);
