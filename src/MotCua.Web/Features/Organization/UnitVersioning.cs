using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// The one place where a unit's dated facts are written: every save that adds a unit or changes its facts (a rename, a
/// move, a merge, a deactivation, the demo seed, any future path) closes the version in force and opens one from today,
/// so a period that ended before today is still computed on the tree as it stood (issue 17: a ward moved or merged today
/// must not change last quarter's figures). A unit added without a date existed before the records began. A
/// reorganization act in force on an earlier day dates its facts from that day (<see cref="MotCuaDbContext.UnitFactsFrom"/>).
/// </summary>
public sealed class UnitVersioning(TimeProvider clock) : DatingInterceptor
{
    protected override bool Carries(MotCuaDbContext db) => Changed(db).Any();

    private static IEnumerable<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Unit>> Changed(MotCuaDbContext db) =>
        db.ChangeTracker.Entries<Unit>().Where(e => e.State is EntityState.Added or EntityState.Modified);

    protected override async Task DateAsync(MotCuaDbContext db, CancellationToken ct)
    {
        var changed = Changed(db).ToList();
        foreach (var added in changed.Where(e => e.State == EntityState.Added))
        {
            db.UnitVersions.Add(UnitVersion.Of(added.Entity, db.UnitFactsFrom ?? DateOnly.MinValue));
        }

        var modified = changed.Where(e => e.State == EntityState.Modified).Select(e => e.Entity).ToList();
        if (modified.Count == 0)
        {
            return;
        }

        var ids = modified.Select(u => u.Id).ToList();
        var open = await db.UnitVersions.Where(v => ids.Contains(v.UnitId) && v.ValidTo == null).ToDictionaryAsync(v => v.UnitId, ct);
        var day = db.UnitFactsFrom ?? DossierPeriod.Today(clock);
        foreach (var unit in modified)
        {
            if (!open.TryGetValue(unit.Id, out var current))
            {
                db.UnitVersions.Add(UnitVersion.Of(unit, DateOnly.MinValue));
            }
            else if (current.Holds(unit))
            {
                continue;
            }
            else if (current.ValidFrom > day)
            {
                // Dating a change before a later recorded one would rewrite that one; the act's preview refuses it first.
                throw new InvalidOperationException($"Unit {unit.Code} has facts from {current.ValidFrom}, after {day}.");
            }
            else if (current.ValidFrom == day)
            {
                // A second change on the same day: the day's version holds the last facts.
                current.Take(unit);
            }
            else
            {
                current.ValidTo = day;
                db.UnitVersions.Add(UnitVersion.Of(unit, day));
            }
        }
    }
}
