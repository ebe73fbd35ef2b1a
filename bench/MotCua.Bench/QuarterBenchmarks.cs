using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Aggregates;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Dashboard;

namespace MotCua.Bench;

/// <summary>
/// A province's quarter (Q2 2024, every unit): received by channel and ended early / on time / late, read from the
/// daily aggregates versus scanning the dossiers (loading them, as the index does, and a SQL GROUP BY over them).
/// </summary>
[Config(typeof(ShortInProcess))]
[MemoryDiagnoser]
public class QuarterBenchmarks
{
    private static readonly DateOnly From = new(2024, 4, 1);
    private static readonly DateOnly To = new(2024, 6, 30);
    private static readonly DateTimeOffset Start = new(2024, 4, 1, 0, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset End = new(2024, 7, 1, 0, 0, 0, TimeSpan.FromHours(7));
    private List<Guid> units = [];

    [GlobalSetup]
    public void Setup()
    {
        ProvinceData.EnsureAsync().GetAwaiter().GetResult();
        using var db = ProvinceData.Open();
        units = db.Units.Select(u => u.Id).ToList();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> FromDailyAggregates()
    {
        await using var db = ProvinceData.Open();
        var totals = await new AggregateTotals(db).OfAsync(units, From, To, CancellationToken.None);
        return totals.Received + totals.Resolved;
    }

    [Benchmark]
    public async Task<int> LoadingTheDossiers()
    {
        await using var db = ProvinceData.Open();
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => units.Contains(d.UnitId) && d.ReceivedAt != null && d.ReceivedAt < End && (d.EndedAt == null || d.EndedAt >= Start))
            .ToListAsync();
        var counts = MeasureTotals.Sum(dossiers.SelectMany(d => DossierTally.Of(ProvinceData.Facts(d), [], false, false, null))
            .Where(c => c.Day >= From && c.Day <= To).Select(c => (c.Measure, 1)));
        return counts.Received + counts.Resolved;
    }

    [Benchmark]
    public async Task<int> GroupingTheDossiersInSql()
    {
        await using var db = ProvinceData.Open();
        var received = await db.Dossiers.AsNoTracking().Where(d => units.Contains(d.UnitId) && d.ReceivedAt >= Start && d.ReceivedAt < End)
            .GroupBy(d => d.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var ended = await db.Dossiers.AsNoTracking().Where(d => units.Contains(d.UnitId) && d.EndedAt >= Start && d.EndedAt < End)
            .GroupBy(d => d.EndedAt > d.DueAt).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return received.Sum(r => r.Count) + ended.Sum(e => e.Count);
    }

    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(5));
    }
}
