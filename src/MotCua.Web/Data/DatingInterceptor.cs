using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Web.Data;

/// <summary>
/// Writes dated facts (a unit's versions, which units resolve which procedures) with the save that changes them. Dating
/// reads the facts in force, which takes queries, so a synchronous save that carries such changes is refused.
/// </summary>
public abstract class DatingInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MotCuaDbContext db)
        {
            await DateAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is MotCuaDbContext db && Carries(db)
            ? throw new InvalidOperationException($"{GetType().Name}: these facts are saved with SaveChangesAsync only.")
            : result;

    /// <summary>Whether the pending save changes facts this interceptor dates.</summary>
    protected abstract bool Carries(MotCuaDbContext db);

    protected abstract Task DateAsync(MotCuaDbContext db, CancellationToken ct);
}
