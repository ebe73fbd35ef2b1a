using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;

namespace MotCua.Web.Common;

/// <summary>
/// Forgets the stored answers of writes older than <c>Idempotency:Retention</c> (seven days unless configured): a
/// client retries within minutes, or after a weekend with the desk closed, never later; kept for ever, every intake's
/// answer would grow the database by its body. A key sent again after that is a new request.
/// </summary>
public sealed class SweepIdempotencyRecords(MotCuaDbContext db, IOptions<IdempotencyOptions> options, TimeProvider clock, ILogger<SweepIdempotencyRecords> logger)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow() - options.Value.Retention;
        var removed = await db.IdempotencyRecords.Where(r => r.CreatedAt < before).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            logger.LogInformation("Forgot {Count} answers to writes made before {Before}", removed, before);
        }

        return removed;
    }
}

/// <summary>Section "Idempotency": how long the answer to a write sent with an Idempotency-Key is kept for its retries.</summary>
public sealed class IdempotencyOptions
{
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}

public static class IdempotencySetup
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection("Idempotency"))
            .Validate(o => o.Retention >= TimeSpan.FromHours(1), "Idempotency:Retention must be at least one hour: a retry must find the first answer.")
            .ValidateOnStart();
        return services.AddScoped<SweepIdempotencyRecords>().AddHostedService<Jobs.IdempotencySweepWorker>();
    }
}
