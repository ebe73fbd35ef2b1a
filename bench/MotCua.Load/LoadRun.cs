using System.Diagnostics;

namespace MotCua.Load;

/// <summary>What a run measured: every answered request's latency (a sorted list is the histogram) and the failures.</summary>
public sealed record LoadResult(double[] LatenciesMs, int Failures, TimeSpan Elapsed)
{
    public int Count => LatenciesMs.Length;

    public double PerSecond => Count / Elapsed.TotalSeconds;

    public double Percentile(double p) => Count == 0 ? double.NaN : LatenciesMs[Math.Min(Count - 1, (int)Math.Ceiling(p * Count) - 1)];
}

/// <summary>Closed-loop load: <c>clients</c> loops, each waiting for its answer before sending again, until the time is up.</summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(Func<CancellationToken, Task<bool>> send, int clients, TimeSpan duration, TimeSpan warmup)
    {
        // One request per client first, unmeasured: connections opened, code paths jitted. Then the same load for the
        // warm-up time, unmeasured: the runtime recompiles hot methods with its optimizing tier only after some
        // thousands of calls, and a server answers from that steady state, not from its first seconds.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => send(CancellationToken.None)));
        if (warmup > TimeSpan.Zero)
        {
            using var warm = new CancellationTokenSource(warmup);
            await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => LoopAsync(send, warm.Token))));
        }

        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var loops = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => LoopAsync(send, stop.Token))));
        var elapsed = clock.Elapsed;
        var latencies = loops.SelectMany(l => l.Latencies).Order().ToArray();
        return new LoadResult(latencies, loops.Sum(l => l.Failures), elapsed);
    }

    private static async Task<(List<double> Latencies, int Failures)> LoopAsync(Func<CancellationToken, Task<bool>> send, CancellationToken stop)
    {
        var latencies = new List<double>();
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            // A request under way when the time is up still finishes: cutting it would count a failure that is not one.
            if (await send(CancellationToken.None))
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                failures++;
            }
        }

        return (latencies, failures);
    }
}
