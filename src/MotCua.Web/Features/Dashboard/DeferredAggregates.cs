using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dashboard;

/// <summary>
/// The daily aggregates' changes of a context's saves, kept instead of written right after each save, until
/// <see cref="WriteAsync"/>. An intake writes them with its code's number as the last writes before its commit: the
/// aggregate rows of one unit, procedure and day are as contended as the agency's counter row (issue 19: once the counter
/// was taken last, 14 of 16 intakes at one desk waited on those rows), so their locks too are held only for that instant.
/// Only saves inside the caller's transaction are kept: a save that commits by itself writes its changes at once.
/// </summary>
public sealed class DeferredAggregates : IDisposable
{
    private static readonly ConditionalWeakTable<DbContext, DeferredAggregates> Open = [];

    private readonly MotCuaDbContext db;
    private readonly List<AggregateChange> changes = [];

    private DeferredAggregates(MotCuaDbContext db) => this.db = db;

    /// <summary>From here until disposed, the context's saves inside its transaction leave their aggregate changes here.</summary>
    public static DeferredAggregates Begin(MotCuaDbContext db)
    {
        var deferred = new DeferredAggregates(db);
        Open.AddOrUpdate(db, deferred);
        return deferred;
    }

    /// <summary>Keeps <paramref name="saved"/> when the context defers its aggregates; false when they are to be written now.</summary>
    internal static bool Keep(DbContext context, IEnumerable<AggregateChange> saved)
    {
        if (!Open.TryGetValue(context, out var deferred))
        {
            return false;
        }

        deferred.changes.AddRange(saved);
        return true;
    }

    public async Task WriteAsync(CancellationToken ct)
    {
        var kept = changes.ToList();
        changes.Clear();
        await DailyTallies.AddAsync(db, kept, ct);
    }

    public void Dispose() => Open.Remove(db);
}
