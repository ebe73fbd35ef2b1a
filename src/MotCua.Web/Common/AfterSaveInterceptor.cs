using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Web.Common;

/// <summary>A save interceptor that does one quick thing once a save has succeeded, whichever path (synchronous or not) saved.</summary>
public abstract class AfterSaveInterceptor : SaveChangesInterceptor
{
    protected abstract void Saved(DbContext? db);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }
}
