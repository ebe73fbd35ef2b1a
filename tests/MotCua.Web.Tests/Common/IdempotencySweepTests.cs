using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Common;

/// <summary>Issue 15: the stored answers to idempotent writes are forgotten once their retention has passed, and only then.</summary>
public abstract class IdempotencySweepTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Answers_older_than_the_retention_are_forgotten_and_younger_ones_kept()
    {
        // Far before anything the other tests write, so that the sweep here can only reach these records.
        var epoch = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var run = Guid.NewGuid().ToString("N");
        var retention = TimeSpan.FromDays(7);
        var sweptAt = epoch + retention + TimeSpan.FromHours(1);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        db.IdempotencyRecords.AddRange(
            Record($"{run}|old", epoch),
            Record($"{run}|edge", sweptAt - retention),
            Record($"{run}|young", epoch + TimeSpan.FromDays(6)));
        await db.SaveChangesAsync(Ct);

        var sweep = new SweepIdempotencyRecords(db, Options.Create(new IdempotencyOptions { Retention = retention }), new FakeTimeProvider(sweptAt), NullLogger<SweepIdempotencyRecords>.Instance);
        (await sweep.RunAsync(Ct)).ShouldBe(1);

        var left = await db.IdempotencyRecords.AsNoTracking().Where(r => r.Key.StartsWith(run)).Select(r => r.Key).OrderBy(k => k).ToListAsync(Ct);
        left.ShouldBe([$"{run}|edge", $"{run}|young"]);
    }

    private static IdempotencyRecord Record(string key, DateTimeOffset at) => new() { Key = key, RequestHash = "h", Body = [1], StatusCode = 201, CreatedAt = at };
}

[Collection(SqliteGroup.Name)]
public sealed class IdempotencySweepTestsOnSqlite(SqliteApp app) : IdempotencySweepTests(app);

[Collection(PostgresGroup.Name)]
public sealed class IdempotencySweepTestsOnPostgres(PostgresApp app) : IdempotencySweepTests(app);
