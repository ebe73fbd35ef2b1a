using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MotCua.Web.Data;

/// <summary>
/// A handler's all-or-nothing unit of work that also composes: alone it is a database transaction; inside a request that
/// already runs in one (a write sent with an Idempotency-Key, whose stored answer must commit with its effect) it is a
/// savepoint of that transaction, so the handler's commit and rollback keep their meaning and the outer owner commits.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? owned;
    private readonly IDbContextTransaction? outer;
    private readonly string? savepoint;
    private bool finished;

    private WriteTransaction(IDbContextTransaction? owned, IDbContextTransaction? outer, string? savepoint)
    {
        this.owned = owned;
        this.outer = outer;
        this.savepoint = savepoint;
    }

    internal static async Task<WriteTransaction> BeginAsync(DatabaseFacade database, CancellationToken ct)
    {
        if (database.CurrentTransaction is { } outer)
        {
            var savepoint = $"w{Guid.NewGuid():N}";
            await outer.CreateSavepointAsync(savepoint, ct);
            return new WriteTransaction(null, outer, savepoint);
        }

        return new WriteTransaction(await database.BeginTransactionAsync(ct), null, null);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        finished = true;
        if (owned is not null)
        {
            await owned.CommitAsync(ct);
        }
        else
        {
            await outer!.ReleaseSavepointAsync(savepoint!, ct);
        }
    }

    public async Task RollbackAsync(CancellationToken ct)
    {
        finished = true;
        if (owned is not null)
        {
            await owned.RollbackAsync(ct);
        }
        else
        {
            await outer!.RollbackToSavepointAsync(savepoint!, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (owned is not null)
        {
            await owned.DisposeAsync();
        }
        else if (!finished)
        {
            // Left without a commit (an exception is on its way out): undo this part only. If the connection itself is
            // gone, the owner's transaction dies with it; the exception already travelling says why, so it is kept.
            try
            {
                await outer!.RollbackToSavepointAsync(savepoint!);
            }
            catch (DbException)
            {
            }
        }
    }
}

public static class WriteTransactions
{
    /// <summary>Every write that needs several statements to stand or fall together begins here, never with <c>BeginTransactionAsync</c>.</summary>
    public static Task<WriteTransaction> BeginWriteAsync(this DatabaseFacade database, CancellationToken ct) => WriteTransaction.BeginAsync(database, ct);

    /// <summary>
    /// Saves inside a transaction that a failed save ends or undoes anyway (a <see cref="WriteTransaction"/>, the request's
    /// transaction around its idempotency claim), without EF Core's savepoint around the save: two round trips fewer, two
    /// of them inside an intake's hold of its counter row (issue 19). Only where no one catches the failure to go on in
    /// the same transaction, which that savepoint exists for.
    /// </summary>
    public static async Task SaveWithoutSavepointAsync(this DbContext db, CancellationToken ct)
    {
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
    }
}
