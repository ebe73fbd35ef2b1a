using MotCua.Domain.Dossiers;

namespace MotCua.Web.Data;

/// <summary>
/// Writes many new dossiers with their histories (the demo seed) through the save pipeline inside the caller's transaction,
/// in batches with change detection off: nothing is changed after it is added, and with detection on every save
/// interceptor's look at the tracked entries would compare every entity of the batch again (half of an import's time).
/// A batch's dossiers and their events go in one save, so that the interceptors (the chains, the daily aggregates) run
/// once a batch: saved apart, the aggregates' interceptor computed each dossier's tally twice and wrote its row twice
/// (issue 19: a file of 1,000 imported dossiers took 679 ms, now 611 at the median). The historical import has since
/// written past the pipeline (<see cref="MotCua.Web.Features.Dossiers.BulkDossiers"/>), which must store what this stores.
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
