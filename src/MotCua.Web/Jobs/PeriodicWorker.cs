using System.Diagnostics;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Jobs;

/// <summary>
/// A scheduled job: every node ticks at a fixed interval of the injected clock (the first tick spread at random, so that
/// nodes started together do not contend), and a tick runs the job only when it takes the job's lease — one node at a
/// time, one run per period. The lease is renewed while the run lasts and released at its end; a run whose lease was
/// taken by another node (it lapsed while this node stalled) is cancelled. Each run has its own scope.
/// </summary>
public abstract class PeriodicWorker(IServiceScopeFactory scopes, TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The job's name in the logs and its lease row (60 characters at most).</summary>
    protected abstract string JobName { get; }

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (interval == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        await Task.Delay(Jitter(), clock, stoppingToken);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("{Job} stopped before its end", JobName);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the worker: the next tick tries again.
                logger.LogError(e, "{Job} failed", JobName);
            }
        }
    }

    /// <summary>One tick of this node: true when it took the lease and ran the job, false when another node holds it or ran this period.</summary>
    public async Task<bool> TickAsync(CancellationToken ct)
    {
        var holder = JobLeases.NewHolder();
        var hold = Options().LeaseHold;
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!await JobLeases.TryTakeAsync(Db(scope), JobName, holder, clock.GetUtcNow(), hold, interval, ct))
            {
                return false;
            }
        }

        using var run = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var renewal = new CancellationTokenSource();
        var renewing = KeepAsync(holder, hold, run, renewal.Token);
        using var span = Instruments.Source.StartActivity($"job {JobName}");
        span?.SetTag("motcua.job", JobName);
        var started = clock.GetTimestamp();
        var failed = true;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await RunAsync(scope.ServiceProvider, run.Token);
            failed = false;
            return true;
        }
        catch (Exception e)
        {
            span?.AddException(e).SetStatus(ActivityStatusCode.Error);
            throw;
        }
        finally
        {
            Instruments.JobRan(JobName, clock.GetElapsedTime(started), failed);
            await renewal.CancelAsync();
            await renewing;
            await using var scope = scopes.CreateAsyncScope();
            await JobLeases.ReleaseAsync(Db(scope), JobName, holder, CancellationToken.None);
        }
    }

    /// <summary>Renews the lease every third of its hold until the run ends; cancels the run when another node has it.</summary>
    private async Task KeepAsync(string holder, TimeSpan hold, CancellationTokenSource run, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(hold / 3, clock, stop);
                await using var scope = scopes.CreateAsyncScope();
                if (!await JobLeases.RenewAsync(Db(scope), JobName, holder, clock.GetUtcNow() + hold, stop))
                {
                    logger.LogWarning("{Job} lost its lease to another node: this node's run stops", JobName);
                    await run.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The lease still runs for two thirds of its hold: the next renewal may get through.
                logger.LogWarning(e, "{Job} could not renew its lease", JobName);
            }
        }
    }

    private TimeSpan Jitter() => TimeSpan.FromTicks(Random.Shared.NextInt64(Math.Min(Options().MaxJitter.Ticks, interval.Ticks / 10) + 1));

    private JobOptions Options()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IOptions<JobOptions>>().Value;
    }

    private static MotCuaDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
}
