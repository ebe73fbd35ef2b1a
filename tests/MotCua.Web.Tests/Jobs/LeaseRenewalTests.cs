using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;
using MotCua.Web.Jobs;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Jobs;

/// <summary>
/// Issue 15, finding 2: a run that lasts longer than its lease keeps renewing it, so no other node starts the job
/// meanwhile; and a run whose lease another node has taken stops.
/// </summary>
public abstract class LeaseRenewalTests(TwoNodes nodes)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    /// <summary>Short, so that the other node's refusal comes from the lease and not from the job having run this period.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_run_longer_than_its_lease_holds_it_throughout_and_stops_once_another_node_has_taken_it()
    {
        var hold = nodes.Nodes[0].Services.GetRequiredService<IOptions<JobOptions>>().Value.LeaseHold;
        var name = $"held-{Guid.NewGuid():N}";
        var first = new HeldJob(name, nodes.Nodes[0].Services, nodes.Clock);
        var second = new HeldJob(name, nodes.Nodes[1].Services, nodes.Clock);
        var running = first.TickAsync(Ct);
        await first.Started.Task.WaitAsync(TimeSpan.FromMinutes(1), Ct);

        // Renewed every third of the hold: whenever it is looked at, the lease has at least a third of it left.
        var start = nodes.Clock.GetUtcNow();
        while (nodes.Clock.GetUtcNow() < start + 2 * hold)
        {
            nodes.Clock.Advance(Step);
            (await RenewedAsync(name, nodes.Clock.GetUtcNow() + hold / 3)).ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(nodes.Clock.GetUtcNow() + hold / 3);
            (await second.TickAsync(Ct)).ShouldBeFalse();
        }

        second.Runs.ShouldBe(0);
        await using (var scope = nodes.Nodes[1].Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().JobLeases.Where(l => l.Name == name)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, "another-node"), Ct);
        }

        nodes.Clock.Advance(hold / 3 + Step);

        await Should.ThrowAsync<OperationCanceledException>(running.WaitAsync(TimeSpan.FromMinutes(1), Ct));
        (await LeaseAsync(name)).Holder.ShouldBe("another-node");
    }

    /// <summary>
    /// The lease's end once it reaches <paramref name="least"/>, or as it stands after half a minute: the renewal the
    /// clock's advance woke writes on its own thread, and on a busy machine the test would otherwise read before it.
    /// </summary>
    private async Task<DateTimeOffset?> RenewedAsync(string name, DateTimeOffset least)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var until = (await LeaseAsync(name)).LeasedUntil;
            if (until >= least || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                return until;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), Ct);
        }
    }

    private async Task<Web.Data.Entities.JobLease> LeaseAsync(string name)
    {
        await using var scope = nodes.Nodes[0].Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().JobLeases.AsNoTracking().SingleAsync(l => l.Name == name, Ct);
    }

    /// <summary>A job that runs until it is cancelled.</summary>
    private sealed class HeldJob(string name, IServiceProvider services, TimeProvider clock)
        : PeriodicWorker(services.GetRequiredService<IServiceScopeFactory>(), Interval, clock, NullLogger.Instance)
    {
        private int runs;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Runs => runs;

        protected override string JobName => name;

        protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
        {
            Interlocked.Increment(ref runs);
            Started.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
        }
    }
}

[Collection(SqliteTwoNodesGroup.Name)]
public sealed class LeaseRenewalTestsOnSqlite(SqliteTwoNodes nodes) : LeaseRenewalTests(nodes);

[Collection(PostgresTwoNodesGroup.Name)]
public sealed class LeaseRenewalTestsOnPostgres(PostgresTwoNodes nodes) : LeaseRenewalTests(nodes);
