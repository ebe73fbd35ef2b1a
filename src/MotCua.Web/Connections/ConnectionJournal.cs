using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Configurations;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Connections;

/// <summary>
/// Notes each answer and each failure of an outside system in <see cref="ConnectionHealth"/>. It writes in a context of
/// its own, so that a failure is kept even when the caller's transaction is rolled back; and a journal that cannot
/// write (the database is down) only logs, since the send it describes has already happened or failed.
/// </summary>
public sealed class ConnectionJournal(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ConnectionJournal> logger)
{
    public Task SucceededAsync(string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return WriteAsync(key, h => h.LastSuccessAt = now, ct);
    }

    public Task FailedAsync(string key, string failure, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var text = failure.Length > ConnectionJournalLimits.Failure ? failure[..ConnectionJournalLimits.Failure] : failure;
        return WriteAsync(key, h =>
        {
            h.LastFailureAt = now;
            h.LastFailure = text;
        }, ct);
    }

    /// <summary>
    /// One exchange with the other side (a test send), noted either way: its answer, or a 502 problem whose detail is
    /// <paramref name="refused"/> with the failure's message. <paramref name="failure"/> says which exceptions mean the
    /// other side refused or did not answer (any but a cancellation when not given); others are bugs and propagate.
    /// </summary>
    public async Task<Outcome<T>> ExchangeAsync<T>(string key, Func<Task<T>> exchange, Text refused, Func<Exception, bool>? failure = null)
    {
        T answer;
        try
        {
            answer = await exchange();
        }
        catch (Exception e) when (e is not OperationCanceledException && (failure?.Invoke(e) ?? true))
        {
            await FailedAsync(key, e.Message, CancellationToken.None);
            return Error.Upstream(refused.Format(e.Message));
        }

        await SucceededAsync(key, CancellationToken.None);
        return answer;
    }

    private async Task WriteAsync(string key, Action<ConnectionHealth> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        try
        {
            // The row is made first, by a statement that yields to one another send (or node) has just made: the first
            // sends on a new key run at once, and an insert racing them would fail and be logged as a database error.
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"ConnectionHealth\" (\"Key\") VALUES ({key}) ON CONFLICT (\"Key\") DO NOTHING", ct);
            change(await db.ConnectionHealth.SingleAsync(h => h.Key == key, ct));
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbException or DbUpdateException or TimeoutException)
        {
            logger.LogWarning(e, "The outcome of connection {Key} could not be noted", key);
        }
    }
}
