using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Domain.Citizens;
using MotCua.Domain.Organization;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Renews an officer's security stamp in the same save that changes his password, his active flag, his role grants or
/// his two-factor sign-in (turned on, off, or reset by an administrator), whichever feature makes the change (the
/// officer form, a unit merge moving grants), so that every session issued before it is refused on its next request.
/// </summary>
public sealed class SessionRevocation(SessionStamps stamps) : AfterSaveInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Affected(db) is { Count: > 0 } affected)
        {
            foreach (var id in affected)
            {
                (await db.Set<Officer>().FindAsync([id], cancellationToken))?.RenewSecurityStamp();
            }

            // An officer loaded here was not tracked when the context last looked for changes.
            db.ChangeTracker.DetectChanges();
        }

        return result;
    }

    /// <summary>Every save goes through the asynchronous path; a synchronous one would skip the renewal, so it is refused.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is { } db && Affected(db).Count > 0
            ? throw new InvalidOperationException("Officers' credentials and grants are saved with SaveChangesAsync only.")
            : result;

    protected override void Saved(DbContext? db)
    {
        if (db is not null)
        {
            stamps.Forget(db.ChangeTracker.Entries().Select(e => e.Entity switch { Officer o => o.Id, Citizen c => c.Id, _ => (Guid?)null }).OfType<Guid>());
        }
    }

    /// <summary>
    /// Officers whose password, active flag, two-factor sign-in or set of grants this save changes. A form that rewrites the same grants
    /// (deleted and added again) changes nothing; a new officer has a fresh stamp already. One pass over the tracked
    /// entries, which looks for changes as the save itself does (unless the context turned that off, as bulk seeding does).
    /// </summary>
    private static List<Guid> Affected(DbContext db)
    {
        var entries = db.ChangeTracker.Entries().ToList();
        var credentials = entries
            .Where(e => e is { Entity: Officer, State: EntityState.Modified }
                && (e.Property(nameof(Officer.PasswordHash)).IsModified || e.Property(nameof(Officer.IsActive)).IsModified))
            .Select(e => ((Officer)e.Entity).Id);
        var twoFactor = entries
            .Where(e => e is { Entity: OfficerTwoFactor, State: EntityState.Added or EntityState.Deleted })
            .Select(e => ((OfficerTwoFactor)e.Entity).OfficerId);
        var created = entries.Where(e => e is { Entity: Officer, State: EntityState.Added }).Select(e => ((Officer)e.Entity).Id).ToHashSet();
        var grants = entries
            .Where(e => e is { Entity: RoleGrant, State: EntityState.Added or EntityState.Deleted })
            .Select(e => (Grant: (RoleGrant)e.Entity, e.State))
            .Where(e => !created.Contains(e.Grant.OfficerId))
            .GroupBy(e => e.Grant.OfficerId)
            .Where(g => !g.Where(e => e.State == EntityState.Added).Select(e => (e.Grant.Role, e.Grant.UnitId)).ToHashSet()
                .SetEquals(g.Where(e => e.State == EntityState.Deleted).Select(e => (e.Grant.Role, e.Grant.UnitId))))
            .Select(g => g.Key);
        return credentials.Concat(twoFactor).Concat(grants).Distinct().ToList();
    }
}
