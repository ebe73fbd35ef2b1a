using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Notifications;

/// <summary>
/// The outbox's figures (<see cref="OutboxFigures"/>) as gauges: pending and failed messages, and the age of the oldest
/// pending one. A collector may scrape every few seconds, from every node: the figures are read from the database at most
/// once per <see cref="Fresh"/> and reused until then (the age still grows with the clock between reads). Owned by the
/// meter provider, which disposes it, and with it its meter.
/// </summary>
public sealed class OutboxGauges : IDisposable
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    private readonly Meter meter = new(Instruments.Name);
    private readonly Lock gate = new();
    private readonly IServiceScopeFactory scopes;
    private readonly IOptions<NotificationOptions> options;
    private readonly TimeProvider clock;
    private readonly ILogger<OutboxGauges> logger;
    private (OutboxFigures Figures, DateTimeOffset At)? last;

    public OutboxGauges(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<OutboxGauges> logger)
    {
        this.scopes = scopes;
        this.options = options;
        this.clock = clock;
        this.logger = logger;
        meter.CreateObservableGauge("motcua.outbox.pending", () => Observe(f => f.Pending), "{message}", "Outbox messages waiting to be sent");
        meter.CreateObservableGauge("motcua.outbox.failed", () => Observe(f => f.Failed), "{message}", "Outbox messages that used up their attempts");
        meter.CreateObservableGauge("motcua.outbox.oldest_pending_age",
            () => Observe(f => f.OldestPendingAt is { } at ? Math.Max(0, (clock.GetUtcNow() - at).TotalSeconds) : 0), "s", "Age of the oldest pending outbox message");
    }

    public void Dispose() => meter.Dispose();

    private IEnumerable<Measurement<T>> Observe<T>(Func<OutboxFigures, T> value) where T : struct =>
        Figures() is { } figures ? [new(value(figures))] : [];

    /// <summary>The cached figures, read again when stale; none when the database cannot be read (the gauges skip a beat).</summary>
    private OutboxFigures? Figures()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (last is { } cached && now - cached.At < Fresh)
            {
                return cached.Figures;
            }

            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();

                // Observable instruments are read synchronously, on the exporter's thread: no request waits on this.
                var figures = OutboxFigures.ReadAsync(db, options.Value.MaxAttempts, CancellationToken.None).GetAwaiter().GetResult();
                last = (figures, now);
                return figures;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "The outbox's figures could not be read for the metrics");
                return null;
            }
        }
    }
}
