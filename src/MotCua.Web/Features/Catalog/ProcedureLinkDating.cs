using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

/// <summary>
/// Dates which units resolve which procedures, as <see cref="Organization.UnitVersioning"/> dates the units: a link added or
/// removed opens or closes its span from today (or the reorganization act's day), so a past period still counts the
/// procedures its units resolved then. A link that comes with its procedure (the catalog's import, the seed) held before
/// the records began.
/// </summary>
public sealed class ProcedureLinkDating(TimeProvider clock) : DatingInterceptor
{
    protected override bool Carries(MotCuaDbContext db) => Links(db).Count > 0;

    private static List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<ProcedureUnit>> Links(MotCuaDbContext db) =>
        [.. db.ChangeTracker.Entries<ProcedureUnit>().Where(e => e.State is EntityState.Added or EntityState.Deleted)];

    protected override async Task DateAsync(MotCuaDbContext db, CancellationToken ct)
    {
        var links = Links(db);
        if (links.Count == 0)
        {
            return;
        }

        var day = db.UnitFactsFrom ?? DossierPeriod.Today(clock);
        var newProcedures = db.ChangeTracker.Entries<Procedure>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id).ToHashSet();
        var removed = links.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity).ToList();
        var procedureIds = removed.Select(l => l.ProcedureId).Distinct().ToList();
        var open = removed.Count == 0 ? [] : await db.ProcedureUnitSpans.Where(s => procedureIds.Contains(s.ProcedureId) && s.ValidTo == null).ToListAsync(ct);
        foreach (var link in removed)
        {
            if (open.FirstOrDefault(s => s.ProcedureId == link.ProcedureId && s.UnitId == link.UnitId) is not { } span)
            {
                continue;
            }

            if (span.ValidFrom >= day)
            {
                // Opened and closed on the same day: it never held for a whole day.
                db.ProcedureUnitSpans.Remove(span);
            }
            else
            {
                span.ValidTo = day;
            }
        }

        foreach (var link in links.Where(e => e.State == EntityState.Added).Select(e => e.Entity))
        {
            db.ProcedureUnitSpans.Add(new ProcedureUnitSpan
            {
                ProcedureId = link.ProcedureId,
                UnitId = link.UnitId,
                ValidFrom = newProcedures.Contains(link.ProcedureId) ? DateOnly.MinValue : day,
            });
        }
    }
}
