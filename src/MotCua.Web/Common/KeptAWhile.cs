using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Common;

/// <summary>What <see cref="KeptValuesForgetting"/> tells a node's kept values about the saves of each context.</summary>
public interface IKeptValues
{
    /// <summary>Whether a saved entity of this type changes what is kept.</summary>
    bool IsMadeOf(Type entity);

    /// <summary>The context has saved such an entity, in a transaction or a save not yet committed.</summary>
    void Writing(DbContext db);

    /// <summary>What the context wrote is committed: forget what was kept, if it wrote any of it.</summary>
    void Committed(DbContext db);

    /// <summary>What the context wrote is undone: nothing kept changed.</summary>
    void Undone(DbContext db);
}

/// <summary>
/// Values a node reads from the database on nearly every request and keeps for a while, 60 seconds unless configured.
/// A change saved on this node is forgotten once committed (<see cref="KeptValuesForgetting"/>), not before: a request
/// reading in between would keep what the commit replaces. One saved on another node is honoured within that time, as
/// sessions are. A context that has written what a value is made of and not yet committed reads it afresh and keeps
/// nothing: it must see its own writes, and they may yet be undone.
/// </summary>
public abstract class KeptAWhile<TKey, TValue>(TimeProvider clock, TimeSpan lifetime, params Type[] madeOf) : IKeptValues
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset ReadAt)> kept = new();
    private readonly ConditionalWeakTable<DbContext, object> writing = [];
    private long generation;

    public async Task<TValue> GetAsync(DbContext db, TKey key, Func<Task<TValue>> read)
    {
        if (writing.TryGetValue(db, out _))
        {
            if (db.Database.CurrentTransaction is not null)
            {
                return await read();
            }

            // Its transaction is gone without a commit or a rollback passing through the interceptors: disposed
            // unfinished, so rolled back. Left noted, a pooled context would read afresh on every later request.
            writing.Remove(db);
        }

        var now = clock.GetUtcNow();
        if (kept.TryGetValue(key, out var entry) && now - entry.ReadAt < lifetime)
        {
            return entry.Value;
        }

        // A read that began before a change was forgotten must not put back what it read.
        var before = Interlocked.Read(ref generation);
        var value = await read();
        if (Interlocked.Read(ref generation) == before)
        {
            kept[key] = (value, now);
        }

        return value;
    }

    public void Forget()
    {
        Interlocked.Increment(ref generation);
        kept.Clear();
    }

    public bool IsMadeOf(Type entity) => madeOf.Contains(entity);

    public void Writing(DbContext db) => writing.AddOrUpdate(db, db);

    public void Committed(DbContext db)
    {
        if (writing.Remove(db))
        {
            Forget();
        }
    }

    public void Undone(DbContext db) => writing.Remove(db);

    protected static TimeSpan Seconds(IConfiguration configuration, string section) =>
        TimeSpan.FromSeconds(configuration.GetValue($"{section}:CacheSeconds", 60));
}
