using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Domain.Citizens;
using MotCua.Domain.Organization;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Renews an officer's security stamp in the same save that changes his password, his active flag or his role grants,
/// whichever feature makes the change (the officer form, a unit merge moving grants), so that every session issued
/// before it is refused on its next request.
/// </summary>
public sealed class SessionRevocation(SessionStamps stamps) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            foreach (var id in Affected(db))
            {
                (await db.Set<Officer>().FindAsync([id], cancellationToken))?.RenewSecurityStamp();
            }

            db.ChangeTracker.DetectChanges();
        }

        return result;
    }

    /// <summary>Every save goes through the asynchronous path; a synchronous one would skip the renewal, so it is refused.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is { } db && Affected(db).Count > 0
            ? throw new InvalidOperationException("Officers' credentials and grants are saved with SaveChangesAsync only.")
            : result;

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context);
        return result;
    }

    private void Forget(DbContext? db)
    {
        if (db is not null)
        {
            stamps.Forget(db.ChangeTracker.Entries<Officer>().Select(e => e.Entity.Id).Concat(db.ChangeTracker.Entries<Citizen>().Select(e => e.Entity.Id)));
        }
    }

    /// <summary>
    /// Officers whose password, active flag or set of grants this save changes. A form that rewrites the same grants
    /// (deleted and added again) changes nothing; a new officer has a fresh stamp already.
    /// </summary>
    private static List<Guid> Affected(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var officers = db.ChangeTracker.Entries<Officer>().ToList();
        var credentials = officers
            .Where(e => e.State == EntityState.Modified && (e.Property(o => o.PasswordHash).IsModified || e.Property(o => o.IsActive).IsModified))
            .Select(e => e.Entity.Id);
        var created = officers.Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id).ToHashSet();
        var grants = db.ChangeTracker.Entries<RoleGrant>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted && !created.Contains(e.Entity.OfficerId))
            .GroupBy(e => e.Entity.OfficerId)
            .Where(g => !g.Where(e => e.State == EntityState.Added).Select(e => (e.Entity.Role, e.Entity.UnitId)).ToHashSet()
                .SetEquals(g.Where(e => e.State == EntityState.Deleted).Select(e => (e.Entity.Role, e.Entity.UnitId))))
            .Select(g => g.Key);
        return credentials.Concat(grants).Distinct().ToList();
    }
}
