using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Web.Tests.Common;

/// <summary>
/// A fault injected into the database layer of a test host: the first save whose entries match <see cref="Matches"/> is
/// held at <see cref="Reached"/> until <see cref="Release"/> is completed, then fails with <paramref name="failure"/> (or goes on when
/// it is completed with false), as a crash, an outage or a slow disk would meet a request between its write and its answer.
/// </summary>
public sealed class SaveFault(Func<EntityEntry, bool> matches, Exception? failure = null) : SaveChangesInterceptor
{
    private int fired;

    public Func<EntityEntry, bool> Matches { get; } = matches;

    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed with true: the save fails; false: it goes on.</summary>
    public TaskCompletionSource<bool> Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && db.ChangeTracker.Entries().Any(Matches) && Interlocked.Exchange(ref fired, 1) == 0)
        {
            Reached.SetResult();
            if (await Release.Task)
            {
                throw failure ?? new InvalidOperationException("Injected fault.");
            }
        }

        return result;
    }
}
