using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Web.Common;

/// <summary>
/// Tells each of the node's <see cref="IKeptValues"/> which contexts write what it is made of, and when that is committed
/// or undone: after the save when it had no transaction of its own, else when its transaction ends. One pass over a
/// save's entries serves them all.
/// </summary>
public sealed class KeptValuesForgetting(IEnumerable<IKeptValues> kept) : AfterSaveInterceptor, IDbTransactionInterceptor
{
    private readonly IKeptValues[] all = [.. kept];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => UndoneUnlessInTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        UndoneUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    protected override void Saved(DbContext? db)
    {
        if (db?.Database.CurrentTransaction is null)
        {
            Each(db, (k, c) => k.Committed(c));
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Each(eventData.Context, (k, c) => k.Committed(c));

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Each(eventData.Context, (k, c) => k.Committed(c));
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Each(eventData.Context, (k, c) => k.Undone(c));

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Each(eventData.Context, (k, c) => k.Undone(c));
        return Task.CompletedTask;
    }

    private void Note(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var type = entry.Metadata.ClrType;
                foreach (var values in all)
                {
                    if (values.IsMadeOf(type))
                    {
                        values.Writing(db);
                    }
                }
            }
        }
    }

    private void UndoneUnlessInTransaction(DbContext? db)
    {
        if (db?.Database.CurrentTransaction is null)
        {
            Each(db, (k, c) => k.Undone(c));
        }
    }

    private void Each(DbContext? db, Action<IKeptValues, DbContext> act)
    {
        if (db is not null)
        {
            foreach (var values in all)
            {
                act(values, db);
            }
        }
    }
}
