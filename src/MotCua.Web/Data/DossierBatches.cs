using MotCua.Domain.Dossiers;

namespace MotCua.Web.Data;

/// <summary>
/// Writes many new dossiers with their histories (the demo seed, the historical import) inside the caller's transaction,
/// in batches with change detection off: nothing is changed after it is added, and with detection on every save
/// interceptor's look at the tracked entries would compare every entity of the batch again (half of an import's time).
/// A batch saves its dossiers, then their events: EF Core orders a save that mixes both by their foreign keys, which
/// costs more than the second round trip. The interceptors still run on each save: the chains, the daily aggregates.
/// </summary>
public static class DossierBatches
{
    public const int Size = 300;

    public static async Task WriteAsync(MotCuaDbContext db, IEnumerable<(Dossier Dossier, IReadOnlyList<DossierEvent> Events)> dossiers, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var batch in dossiers.Chunk(Size))
            {
                db.Dossiers.AddRange(batch.Select(b => b.Dossier));
                await db.SaveChangesAsync(ct);
                db.DossierEvents.AddRange(batch.SelectMany(b => b.Events));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
